package org.veta.engine;

import org.veta.engine.state.Target;

/**
 * A change the round must make because a seat broke a public promise (an agreement's commitment),
 * found outside the engine by the negotiation rules and handed to the resolver, so that it enters
 * the state through the ledger with its reason like every other change.
 */
public record Sanction(String seat, String move, Target target, double delta, String reason) {}
