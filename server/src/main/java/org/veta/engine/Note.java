package org.veta.engine;

/**
 * Why an accepted move changed nothing, in words for the player: "nobody follows an official
 * endorsing the miners where the economy does not depend on mining".
 */
public record Note(int round, MechanismId mechanism, Cause cause, String text) {}
