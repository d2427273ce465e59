package org.veta.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.Descriptors.Descriptor;
import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.Message;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.veta.protocol.scenario.Range;
import org.veta.protocol.scenario.Scenario;
import org.veta.protocol.scenario.ScenarioOuterClass;

/**
 * Every ranged field of the schema is checked, including ones added after this test was written.
 */
class RangeCheckTest {

  @Test
  void everyRangedFieldIsChecked() throws ScenarioException {
    Scenario valid = Fixtures.loader().parse(Fixtures.valid(), "valid", List.of()).scenario();
    List<List<FieldDescriptor>> ranged = new ArrayList<>();
    collect(Scenario.getDescriptor(), new ArrayList<>(), ranged);
    assertThat(ranged).hasSizeGreaterThan(100);

    for (List<FieldDescriptor> chain : ranged) {
      FieldDescriptor leaf = chain.get(chain.size() - 1);
      Range range = leaf.getOptions().getExtension(ScenarioOuterClass.range);
      Scenario.Builder builder = valid.toBuilder();
      set(builder, chain, range.getMax() + 1);

      List<Problem> problems =
          new ScenarioValidator(ScenarioVocabulary.PERMISSIVE).validate(builder.build(), "x");

      assertThat(problems)
          .as("setting %s above its maximum", chain.stream().map(FieldDescriptor::getName).toList())
          .extracting(Problem::message)
          .anySatisfy(
              m ->
                  assertThat(m)
                      .contains(leaf.getName() + " is ")
                      .endsWith(
                          "must be between "
                              + Words.number(range.getMin())
                              + " and "
                              + Words.number(range.getMax())));
    }
  }

  private static void collect(
      Descriptor type, List<FieldDescriptor> prefix, List<List<FieldDescriptor>> out) {
    for (FieldDescriptor field : type.getFields()) {
      List<FieldDescriptor> chain = new ArrayList<>(prefix);
      chain.add(field);
      if (field.getJavaType() == FieldDescriptor.JavaType.MESSAGE) {
        collect(field.getMessageType(), chain, out);
      } else if (field.getOptions().hasExtension(ScenarioOuterClass.range)) {
        out.add(chain);
      }
    }
  }

  /** Sets the field at the end of the chain, using (or adding) element 0 of repeated messages. */
  private static void set(Message.Builder builder, List<FieldDescriptor> chain, double value) {
    Message.Builder current = builder;
    for (FieldDescriptor field : chain.subList(0, chain.size() - 1)) {
      if (field.isRepeated()) {
        if (current.getRepeatedFieldCount(field) == 0) {
          current.addRepeatedField(field, current.newBuilderForField(field).build());
        }
        current = current.getRepeatedFieldBuilder(field, 0);
      } else {
        current = current.getFieldBuilder(field);
      }
    }
    FieldDescriptor leaf = chain.get(chain.size() - 1);
    Object boxed =
        leaf.getJavaType() == FieldDescriptor.JavaType.INT ? (Object) (int) value : value;
    if (leaf.isRepeated()) {
      current.addRepeatedField(leaf, boxed);
    } else {
      current.setField(leaf, boxed);
    }
  }
}
