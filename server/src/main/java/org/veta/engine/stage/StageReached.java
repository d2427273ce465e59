package org.veta.engine.stage;

/** A stage first reached in a round, in a region (regional stages) and by a seat's move, if any. */
public record StageReached(Stage stage, int round, String region, String seat) {}
