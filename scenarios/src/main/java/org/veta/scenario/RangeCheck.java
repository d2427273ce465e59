package org.veta.scenario;

import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.Message;
import java.util.List;
import org.veta.protocol.scenario.Range;
import org.veta.protocol.scenario.ScenarioOuterClass;

/**
 * Checks every numeric field against its {@code (veta.scenario.range)} option. It walks the message
 * by descriptors, so a coefficient added to the schema is checked without code here: the range is
 * declared once, in the .proto file.
 */
final class RangeCheck {

  private final Locator locator;
  private final List<Problem> problems;

  RangeCheck(Locator locator, List<Problem> problems) {
    this.locator = locator;
    this.problems = problems;
  }

  /**
   * Checks the message and everything in it. A singular field is checked when it has presence or
   * was written in the file or by {@code --set}: proto3 cannot tell an absent number from a written
   * 0, the parse tree can, and an absent field means "not given" rather than 0.
   */
  void check(Message message, FieldPath path) {
    for (FieldDescriptor field : message.getDescriptorForType().getFields()) {
      if (field.getJavaType() == FieldDescriptor.JavaType.MESSAGE) {
        if (field.isRepeated()) {
          for (int i = 0; i < message.getRepeatedFieldCount(field); i++) {
            Message element = (Message) message.getRepeatedField(field, i);
            check(element, path.element(field, i, element));
          }
        } else if (message.hasField(field)) {
          check((Message) message.getField(field), path.field(field));
        }
      } else if (field.getOptions().hasExtension(ScenarioOuterClass.range)) {
        Range range = field.getOptions().getExtension(ScenarioOuterClass.range);
        if (field.isRepeated()) {
          for (int i = 0; i < message.getRepeatedFieldCount(field); i++) {
            checkValue(message.getRepeatedField(field, i), range, path.element(field, i, "" + i));
          }
        } else {
          FieldPath at = path.field(field);
          if (message.hasField(field) || locator.written(at)) {
            checkValue(message.getField(field), range, at);
          }
        }
      }
    }
  }

  private void checkValue(Object value, Range range, FieldPath at) {
    if (!(value instanceof Number number)) {
      return;
    }
    double v = number.doubleValue();
    // Written so that NaN is outside every range.
    if (v >= range.getMin() && v <= range.getMax()) {
      return;
    }
    String between =
        "must be between " + Words.number(range.getMin()) + " and " + Words.number(range.getMax());
    problems.add(
        locator.problem(
            at,
            "%s is %s, but it %s".formatted(at, Words.number(value), between),
            // The --set form already shows the value.
            "%s %s".formatted(at, between)));
  }
}
