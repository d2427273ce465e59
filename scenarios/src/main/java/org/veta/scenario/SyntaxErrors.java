package org.veta.scenario;

import com.google.protobuf.Descriptors.Descriptor;
import com.google.protobuf.Descriptors.EnumDescriptor;
import com.google.protobuf.Descriptors.EnumValueDescriptor;
import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.Descriptors.FileDescriptor;
import com.google.protobuf.TextFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.veta.protocol.scenario.ScenarioOuterClass;

/**
 * Rewords TextFormat's parse errors for facilitators: "unknown field 'x'; did you mean 'y'?" rather
 * than "Input contains unknown fields and/or extensions: veta.scenario.Scenario.x". Anything it
 * does not recognise is passed on as TextFormat wrote it.
 */
final class SyntaxErrors {

  private static final Pattern LOCATED =
      Pattern.compile("^(\\d+):(\\d+):\\s*(.*)$", Pattern.DOTALL);
  private static final Pattern UNKNOWN_FIELD =
      Pattern.compile("^(\\d+):(\\d+):\\s*([\\w.]+)\\.(\\w+)$");
  private static final Pattern NO_ENUM_VALUE =
      Pattern.compile("Enum type \"([\\w.]+)\" has no value named \"(.*)\"\\.");
  private static final Pattern OVERWRITTEN =
      Pattern.compile("Non-repeated field \"([\\w.]+)\\.(\\w+)\" cannot be overwritten\\.");
  private static final Pattern NOT_INTEGER =
      Pattern.compile("Couldn't parse integer: For input string: \"(.*)\"");
  private static final Pattern NOT_NUMBER =
      Pattern.compile("Couldn't parse number: For input string: \"(.*)\"");
  private static final Pattern EXPECTED = Pattern.compile("Expected (.*)\\.");

  private SyntaxErrors() {}

  /** The problems a parse exception describes: one, or one per unknown field. */
  static List<Problem> problems(TextFormat.ParseException e, String source) {
    // getLine/getColumn are 1-based already (unlike the parse tree's); -1 when unknown.
    int line = Math.max(e.getLine(), 0);
    int column = Math.max(e.getColumn(), 0);
    String description = e.getMessage() == null ? "" : e.getMessage();
    Matcher located = LOCATED.matcher(description);
    if (located.matches()) {
      description = located.group(3);
    }
    if (description.startsWith("Input contains unknown fields")) {
      List<Problem> problems = new ArrayList<>();
      for (String entry : description.lines().skip(1).toList()) {
        Matcher unknown = UNKNOWN_FIELD.matcher(entry.strip());
        if (unknown.matches()) {
          problems.add(
              new Problem(
                  source,
                  Integer.parseInt(unknown.group(1)),
                  Integer.parseInt(unknown.group(2)),
                  unknownField(unknown.group(3), unknown.group(4))));
        }
      }
      if (!problems.isEmpty()) {
        return problems;
      }
    }
    return List.of(new Problem(source, line, column, reword(description)));
  }

  private static String reword(String description) {
    Matcher m = NO_ENUM_VALUE.matcher(description);
    if (m.matches()) {
      return noEnumValue(m.group(1), m.group(2));
    }
    m = OVERWRITTEN.matcher(description);
    if (m.matches()) {
      return m.group(2) + " is given twice; it takes one value";
    }
    m = NOT_INTEGER.matcher(description);
    if (m.matches()) {
      return "'" + m.group(1) + "' is not a whole number";
    }
    m = NOT_NUMBER.matcher(description);
    if (m.matches()) {
      return "'" + m.group(1) + "' is not a number";
    }
    if (description.startsWith("Expected string")) {
      return "expected a text in double quotes";
    }
    m = EXPECTED.matcher(description);
    if (m.matches()) {
      return "expected " + m.group(1).replace('"', '\'');
    }
    return description;
  }

  private static String unknownField(String typeName, String field) {
    Descriptor type = find(typeName);
    if (type == null) {
      return "unknown field '" + field + "'";
    }
    List<String> names = type.getFields().stream().map(FieldDescriptor::getName).toList();
    String hint = Words.didYouMean(field, names);
    return "unknown field '"
        + field
        + "'"
        + (hint.isEmpty()
            ? " (" + Words.typeName(type.getName()) + " fields: " + Words.list(names) + ")"
            : hint);
  }

  private static String noEnumValue(String typeName, String value) {
    EnumDescriptor type = file().findEnumTypeByName(simpleName(typeName));
    if (type == null) {
      return "'" + value + "' is not a valid value";
    }
    List<String> names =
        type.getValues().stream()
            .map(EnumValueDescriptor::getName)
            .filter(name -> !name.endsWith("_UNSPECIFIED"))
            .toList();
    String noun = Words.typeName(type.getName());
    return "'"
        + value
        + "' is not a "
        + noun
        + Words.didYouMean(value, names)
        + " ("
        + noun
        + "s: "
        + Words.list(names)
        + ")";
  }

  private static Descriptor find(String fullName) {
    return file().findMessageTypeByName(simpleName(fullName));
  }

  private static String simpleName(String fullName) {
    return fullName.substring(fullName.lastIndexOf('.') + 1);
  }

  private static FileDescriptor file() {
    return ScenarioOuterClass.getDescriptor();
  }
}
