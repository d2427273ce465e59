package org.veta.scenario;

import com.google.protobuf.ByteString;
import com.google.protobuf.Descriptors.Descriptor;
import com.google.protobuf.Descriptors.EnumDescriptor;
import com.google.protobuf.Descriptors.EnumValueDescriptor;
import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.Message;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import org.veta.protocol.scenario.Scenario;

/**
 * Applies {@code --set key=value} assignments, so a facilitator can try a variant of a scenario
 * (another incorporation level, another gold price path) without editing its file.
 *
 * <p>Keys are dotted proto field names: {@code national.state_coherence=0.4}. An element of a
 * repeated message field is named by its {@code id} ({@code regions.madre_de_dios.conflict=0.3}) or
 * its 0-based index; a repeated scalar takes a comma list that replaces it ({@code
 * gold_price=1200,1300}); enums take their value names; bools take true or false. The walk is
 * generic over descriptors, so new fields are settable without touching this class.
 */
public final class ScenarioOverrides {

  /** A plain decimal number; Double.parseDouble alone would also take "NaN", "1d" and hex. */
  private static final Pattern NUMBER =
      Pattern.compile("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?");

  private static final Pattern WHOLE_NUMBER = Pattern.compile("[-+]?\\d+");

  private ScenarioOverrides() {}

  /**
   * Applies the assignments in order.
   *
   * @throws ScenarioException listing every assignment that could not be applied
   */
  public static Scenario apply(Scenario scenario, List<String> assignments)
      throws ScenarioException {
    Result result = applyAll(scenario, assignments);
    if (!result.problems().isEmpty()) {
      throw new ScenarioException(result.problems());
    }
    return result.scenario();
  }

  /** The outcome of applying what could be applied, and the problems with the rest. */
  record Result(Scenario scenario, List<AppliedOverride> applied, List<Problem> problems) {}

  /** Applies every assignment it can and reports the others, so all mistakes show at once. */
  static Result applyAll(Scenario scenario, List<String> assignments) {
    Objects.requireNonNull(scenario, "scenario");
    Scenario.Builder builder = scenario.toBuilder();
    List<AppliedOverride> applied = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    for (String assignment : assignments) {
      try {
        applied.add(new AppliedOverride(assignment, applyOne(builder, assignment)));
      } catch (OverrideError e) {
        problems.add(
            new Problem(
                Locator.OVERRIDE_FILE, 0, 0, "--set " + assignment + ": " + e.getMessage()));
      }
    }
    return new Result(builder.build(), applied, problems);
  }

  /** Why one assignment could not be applied; a sentence for the facilitator. */
  private static final class OverrideError extends Exception {
    private static final long serialVersionUID = 1L;

    OverrideError(String message) {
      super(message, null, false, false);
    }
  }

  private static FieldPath applyOne(Message.Builder root, String assignment) throws OverrideError {
    int equals = assignment.indexOf('=');
    if (equals <= 0) {
      throw new OverrideError("expected key=value, for example political_incorporation=0.9");
    }
    String key = assignment.substring(0, equals).trim();
    String value = assignment.substring(equals + 1).trim();
    String[] parts = key.split("\\.", -1);

    Message.Builder builder = root;
    FieldPath path = FieldPath.root();
    int i = 0;
    while (true) {
      FieldDescriptor field = findField(builder.getDescriptorForType(), parts[i], path);
      boolean last = i == parts.length - 1;
      if (field.getJavaType() != FieldDescriptor.JavaType.MESSAGE) {
        if (!last) {
          throw new OverrideError(
              display(path, field) + " is a single setting; it has no part '" + parts[i + 1] + "'");
        }
        setScalar(builder, field, value);
        return path.field(field);
      }
      if (last) {
        throw new OverrideError(
            display(path, field)
                + " is a group of settings, not a value; name one of them: "
                + fieldNames(field.getMessageType()));
      }
      if (field.isRepeated()) {
        int index = findElement(builder, field, parts[i + 1], path);
        Message element = (Message) builder.getRepeatedField(field, index);
        path = path.element(field, index, element);
        builder = builder.getRepeatedFieldBuilder(field, index);
        i += 2;
        if (i == parts.length) {
          throw new OverrideError(
              path
                  + " is a group of settings, not a value; name one of them: "
                  + fieldNames(field.getMessageType()));
        }
      } else {
        path = path.field(field);
        builder = builder.getFieldBuilder(field);
        i += 1;
      }
    }
  }

  private static FieldDescriptor findField(Descriptor type, String name, FieldPath path)
      throws OverrideError {
    FieldDescriptor field = type.findFieldByName(name);
    if (field != null) {
      return field;
    }
    List<String> names = type.getFields().stream().map(FieldDescriptor::getName).toList();
    String where = path.isRoot() ? "" : " in " + path;
    String hint = Words.didYouMean(name, names);
    if (hint.isEmpty()) {
      hint = " (fields: " + Words.list(names) + ")";
    }
    throw new OverrideError("unknown field '" + name + "'" + where + hint);
  }

  /** The element whose id is the key, else the element at that 0-based index. */
  private static int findElement(
      Message.Builder builder, FieldDescriptor field, String key, FieldPath path)
      throws OverrideError {
    int count = builder.getRepeatedFieldCount(field);
    FieldDescriptor id = field.getMessageType().findFieldByName("id");
    List<String> ids = new ArrayList<>();
    if (id != null && id.getJavaType() == FieldDescriptor.JavaType.STRING) {
      for (int i = 0; i < count; i++) {
        String elementId = (String) ((Message) builder.getRepeatedField(field, i)).getField(id);
        if (elementId.equals(key)) {
          return i;
        }
        ids.add(elementId);
      }
    }
    if (WHOLE_NUMBER.matcher(key).matches()) {
      long index = Long.parseLong(key);
      if (index >= 0 && index < count) {
        return (int) index;
      }
      throw new OverrideError(
          display(path, field)
              + " has no element "
              + key
              + "; it has "
              + count
              + " (numbered from 0)");
    }
    if (ids.isEmpty() && id == null) {
      throw new OverrideError(
          "the elements of "
              + display(path, field)
              + " have no id; name one by its number, from 0");
    }
    throw new OverrideError(
        "no "
            + singular(field)
            + " with id '"
            + key
            + "'"
            + Words.didYouMean(key, ids)
            + " ("
            + field.getName()
            + ": "
            + Words.list(ids)
            + ")");
  }

  private static void setScalar(Message.Builder builder, FieldDescriptor field, String value)
      throws OverrideError {
    if (!field.isRepeated()) {
      builder.setField(field, parse(field, value));
      return;
    }
    // A comma list replaces the whole list: partial edits of a price path are error-prone.
    List<Object> values = new ArrayList<>();
    if (!value.isEmpty()) {
      for (String item : value.split(",", -1)) {
        values.add(parse(field, item.trim()));
      }
    }
    builder.clearField(field);
    for (Object item : values) {
      builder.addRepeatedField(field, item);
    }
  }

  private static Object parse(FieldDescriptor field, String text) throws OverrideError {
    switch (field.getJavaType()) {
      case DOUBLE:
        return parseNumber(text);
      case FLOAT:
        return (float) parseNumber(text);
      case INT:
        return (int) parseWhole(text, Integer.MIN_VALUE, Integer.MAX_VALUE);
      case LONG:
        return parseWhole(text, Long.MIN_VALUE, Long.MAX_VALUE);
      case BOOLEAN:
        if (text.equalsIgnoreCase("true")) {
          return true;
        }
        if (text.equalsIgnoreCase("false")) {
          return false;
        }
        throw new OverrideError("'" + text + "' is not true or false");
      case STRING:
        return text;
      case BYTE_STRING:
        return ByteString.copyFrom(text, StandardCharsets.UTF_8);
      case ENUM:
        return parseEnum(field.getEnumType(), field.getName(), text);
      default:
        throw new OverrideError(field.getName() + " cannot be set with --set");
    }
  }

  private static double parseNumber(String text) throws OverrideError {
    if (!NUMBER.matcher(text).matches()) {
      throw new OverrideError("'" + text + "' is not a number");
    }
    return Double.parseDouble(text);
  }

  private static long parseWhole(String text, long min, long max) throws OverrideError {
    if (!WHOLE_NUMBER.matcher(text).matches()) {
      throw new OverrideError("'" + text + "' is not a whole number");
    }
    try {
      long value = Long.parseLong(text);
      if (value < min || value > max) {
        throw new OverrideError("'" + text + "' is too large");
      }
      return value;
    } catch (NumberFormatException e) {
      throw new OverrideError("'" + text + "' is too large");
    }
  }

  private static EnumValueDescriptor parseEnum(EnumDescriptor type, String fieldName, String text)
      throws OverrideError {
    EnumValueDescriptor value = type.findValueByName(text.toUpperCase(Locale.ROOT));
    if (value != null) {
      return value;
    }
    List<String> names =
        type.getValues().stream()
            .map(EnumValueDescriptor::getName)
            .filter(name -> !name.endsWith("_UNSPECIFIED"))
            .toList();
    throw new OverrideError(
        "'"
            + text
            + "' is not a "
            + fieldName
            + Words.didYouMean(text, names)
            + " ("
            + fieldName
            + "s: "
            + Words.list(names)
            + ")");
  }

  private static String display(FieldPath path, FieldDescriptor field) {
    return path.field(field).toString();
  }

  private static String fieldNames(Descriptor type) {
    return Words.list(type.getFields().stream().map(FieldDescriptor::getName).toList());
  }

  /** "regions" names one "region"; "history" one "history entry". */
  private static String singular(FieldDescriptor field) {
    String name = field.getName();
    return name.endsWith("s") ? name.substring(0, name.length() - 1) : name + " entry";
  }
}
