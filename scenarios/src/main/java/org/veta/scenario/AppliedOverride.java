package org.veta.scenario;

/**
 * A {@code --set} assignment that was applied, and the field it changed; problems with that field
 * are then blamed on the assignment rather than on a line of the file.
 */
record AppliedOverride(String assignment, FieldPath path) {}
