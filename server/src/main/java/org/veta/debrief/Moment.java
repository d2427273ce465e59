package org.veta.debrief;

/**
 * One key event of a round for the timeline. Kinds: stage, event, injected, election,
 * facilitator, agreement, breach, people, change.
 */
public record Moment(int round, String kind, String text) {}
