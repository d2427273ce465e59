package org.veta.scenario;

import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.Message;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a value sits in a scenario: the chain of fields, with element indexes, from the root.
 *
 * <p>The validator reports problems against a path and the {@link Locator} turns the path into a
 * line and column, or into the {@code --set} override that put the value there. The display form
 * names list elements by their id where they have one ({@code regions.madre_de_dios.conflict}),
 * which is also the syntax {@code --set} accepts, so a facilitator can copy it.
 */
record FieldPath(List<Step> steps, String display) {

  /** A field, and for a repeated field the element's index; {@link #WHOLE} otherwise. */
  record Step(FieldDescriptor field, int index) {}

  /** The index of a step on a singular field, or on a whole repeated field (in an override). */
  static final int WHOLE = -1;

  FieldPath {
    steps = List.copyOf(steps);
  }

  static FieldPath root() {
    return new FieldPath(List.of(), "");
  }

  /** A singular field of the message at this path (or a repeated field as a whole). */
  FieldPath field(FieldDescriptor field) {
    return append(new Step(field, WHOLE), field.getName());
  }

  /** One element of a repeated field, shown by the given label (its id, or its index). */
  FieldPath element(FieldDescriptor field, int index, String label) {
    return append(new Step(field, index), field.getName() + "." + label);
  }

  /** One element of a repeated field, shown by its id if it has one, else by its index. */
  FieldPath element(FieldDescriptor field, int index, Message element) {
    return element(field, index, label(element, index));
  }

  /**
   * Whether this override path covers the given path: it is a prefix, {@link #WHOLE} matching any
   * index.
   */
  boolean covers(FieldPath other) {
    if (other.steps.size() < steps.size()) {
      return false;
    }
    for (int i = 0; i < steps.size(); i++) {
      Step mine = steps.get(i);
      Step theirs = other.steps.get(i);
      if (mine.field() != theirs.field()
          || (mine.index() != WHOLE && mine.index() != theirs.index())) {
        return false;
      }
    }
    return true;
  }

  boolean isRoot() {
    return steps.isEmpty();
  }

  @Override
  public String toString() {
    return display;
  }

  /** The element's string {@code id} field if it has a non-empty one, else its index. */
  static String label(Message element, int index) {
    FieldDescriptor id = element.getDescriptorForType().findFieldByName("id");
    if (id != null && id.getJavaType() == FieldDescriptor.JavaType.STRING && !id.isRepeated()) {
      String value = (String) element.getField(id);
      if (!value.isEmpty() && !value.contains(".")) {
        return value;
      }
    }
    return Integer.toString(index);
  }

  private FieldPath append(Step step, String shown) {
    List<Step> longer = new ArrayList<>(steps);
    longer.add(step);
    return new FieldPath(longer, display.isEmpty() ? shown : display + "." + shown);
  }
}
