package org.veta.scenario;

import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.TextFormatParseInfoTree;
import com.google.protobuf.TextFormatParseLocation;
import java.util.List;
import java.util.Optional;

/**
 * Turns a {@link FieldPath} into the place a facilitator must look: a line and column of the
 * scenario file (1-based), or the {@code --set} assignment that last wrote the field.
 */
final class Locator {

  /** The file name used for problems caused by a {@code --set} override. */
  static final String OVERRIDE_FILE = "--set";

  private final String source;
  private final TextFormatParseInfoTree tree;
  private final ListElements listElements;
  private final List<AppliedOverride> overrides;

  /**
   * @param tree where TextFormat found each field, or null when the scenario has no text
   * @param text the text the tree was parsed from, or null
   */
  Locator(
      String source, TextFormatParseInfoTree tree, String text, List<AppliedOverride> overrides) {
    this.source = source;
    this.tree = tree;
    this.listElements = text == null ? null : new ListElements(text);
    this.overrides = List.copyOf(overrides);
  }

  /** A locator for a scenario built in code: every problem is at 1:1 of the source. */
  static Locator withoutText(String source) {
    return new Locator(source, null, null, List.of());
  }

  /** A problem with the value at the path. */
  Problem problem(FieldPath path, String message) {
    return problem(path, message, message);
  }

  /**
   * A problem with the value at the path, worded one way if the value came from the file and
   * another if it came from a {@code --set} override (which shows the value itself).
   */
  Problem problem(FieldPath path, String fileMessage, String overrideMessage) {
    Optional<AppliedOverride> override = overrideOf(path);
    if (override.isPresent()) {
      return new Problem(
          OVERRIDE_FILE, 0, 0, "--set " + override.get().assignment() + ": " + overrideMessage);
    }
    Position place = locate(path);
    return new Problem(source, place.line(), place.column(), fileMessage);
  }

  /**
   * Whether the value at the path was written down, in the file or by an override. Proto3 cannot
   * tell an absent number from an explicit 0; the parse tree can.
   */
  boolean written(FieldPath path) {
    return overrideOf(path).isPresent() || exact(path).isPresent();
  }

  private Optional<AppliedOverride> overrideOf(FieldPath path) {
    // The last matching assignment is the one whose value is in the scenario.
    for (int i = overrides.size() - 1; i >= 0; i--) {
      if (overrides.get(i).path().covers(path)) {
        return Optional.of(overrides.get(i));
      }
    }
    return Optional.empty();
  }

  /** A 1-based line and column. */
  private record Position(int line, int column) {}

  /**
   * The field's own place, or that of the nearest enclosing message written in the file, or 1:1.
   */
  private Position locate(FieldPath path) {
    Position best = new Position(1, 1);
    TextFormatParseInfoTree current = tree;
    List<FieldPath.Step> steps = path.steps();
    for (int i = 0; i < steps.size() && current != null; i++) {
      FieldPath.Step step = steps.get(i);
      Optional<Position> found = find(current, step);
      if (found.isEmpty()) {
        break;
      }
      best = found.get();
      current = nested(current, step);
    }
    return best;
  }

  /** The field's own place, only if every step of the path is written in the file. */
  private Optional<Position> exact(FieldPath path) {
    if (path.isRoot()) {
      return Optional.empty();
    }
    Optional<Position> found = Optional.empty();
    TextFormatParseInfoTree current = tree;
    for (FieldPath.Step step : path.steps()) {
      if (current == null) {
        return Optional.empty();
      }
      found = find(current, step);
      if (found.isEmpty()) {
        return Optional.empty();
      }
      current = nested(current, step);
    }
    return found;
  }

  private Optional<Position> find(TextFormatParseInfoTree node, FieldPath.Step step) {
    List<TextFormatParseLocation> locations = node.getLocations(step.field());
    if (locations.isEmpty()) {
      return Optional.empty();
    }
    int index = Math.max(0, step.index());
    FieldDescriptor field = step.field();
    if (field.isRepeated()
        && field.getJavaType() != FieldDescriptor.JavaType.MESSAGE
        && listElements != null) {
      // One location per occurrence of the name, but an occurrence may hold a [list].
      List<ListElements.Position> elements =
          listElements.elements(
              locations.stream()
                  .map(l -> new ListElements.Position(l.getLine(), l.getColumn()))
                  .toList());
      // An empty list ("[]") or a missing element: point at the field name.
      ListElements.Position element =
          index < elements.size()
              ? elements.get(index)
              : new ListElements.Position(locations.get(0).getLine(), locations.get(0).getColumn());
      return Optional.of(new Position(element.line() + 1, element.column() + 1));
    }
    if (index >= locations.size()) {
      return Optional.empty();
    }
    // TextFormat counts lines and columns from 0; people count from 1.
    TextFormatParseLocation location = locations.get(index);
    return Optional.of(new Position(location.getLine() + 1, location.getColumn() + 1));
  }

  private static TextFormatParseInfoTree nested(TextFormatParseInfoTree node, FieldPath.Step step) {
    if (step.field().getJavaType() != FieldDescriptor.JavaType.MESSAGE) {
      return null;
    }
    List<TextFormatParseInfoTree> trees = node.getNestedTrees(step.field());
    int index = Math.max(0, step.index());
    return index < trees.size() ? trees.get(index) : null;
  }
}
