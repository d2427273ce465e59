/**
 * The talks between seats: proposals with typed terms, the agreements they become, the breaches
 * of their commitments and what those cost in trust and standing. Pure values and functions of
 * (game, state, orders): no threads, clocks or I/O. Agreements are not enforcement: nothing here
 * writes the policy state; clause terms reach the law draft only through moves the engine
 * resolves ({@link org.veta.negotiation.DraftChanges}), and the session applies breach
 * consequences to the state through the engine.
 */
package org.veta.negotiation;
