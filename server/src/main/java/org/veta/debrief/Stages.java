package org.veta.debrief;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.veta.engine.stage.Stage;

/**
 * The stages of the study's sequence in words, and which of its two ways a table took: the
 * Peruvian (excluded miners run for regional office) or the Bolivian (incorporated miners lobby
 * the centre and negotiate directly). The wording is the facilitator's console's.
 */
public final class Stages {
  private Stages() {}

  /** Every stage, in the study's order. */
  public static List<String> inOrder() {
    List<String> names = new ArrayList<>();
    for (Stage s : Stage.values()) {
      names.add(s.name());
    }
    return names;
  }

  /** "Public endorsement" for PUBLIC_ENDORSEMENT. */
  public static String title(String stage) {
    String words = stage.toLowerCase(Locale.ROOT).replace('_', ' ');
    return words.isEmpty() ? "" : Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }

  /** What reaching the stage means, in the study's terms. */
  public static String meaning(String stage) {
    switch (stage) {
      case "ECONOMIC_DEPENDENCE": return "the region's dependence on gold reaches the threshold";
      case "MOBILIZATION": return "the miners mobilize: strikes and a membership surge";
      case "FORBEARANCE": return "regional officials deliberately do not enforce";
      case "PRESSURE_GROUP": return "miners and officials form a pressure group";
      case "PUBLIC_ENDORSEMENT": return "officials endorse the miners in public and defy the centre";
      case "NATIONAL_LOBBYING": return "incorporated miners lobby the centre";
      case "RAN_FOR_OFFICE": return "a federation leader stands for regional office";
      case "WON_OFFICE": return "a federation leader wins regional office";
      case "DIRECT_NEGOTIATION": return "the centre negotiates with the federation without middlemen";
      case "POLICY_CONCESSION": return "the centre concedes the policy";
      default: return "";
    }
  }

  /** The table's way, in the study's terms, from the stages it reached. */
  public static String way(Set<String> reached) {
    boolean office = reached.contains("RAN_FOR_OFFICE") || reached.contains("WON_OFFICE");
    boolean centre = reached.contains("NATIONAL_LOBBYING");
    String way;
    if (office && centre) {
      way = "both ways: the miners lobbied the centre and ran for regional office";
    } else if (office) {
      way = "the Peruvian way: excluded from the centre, the miners ran for regional office";
    } else if (centre) {
      way = "the Bolivian way: incorporated miners lobbied the centre"
          + (reached.contains("DIRECT_NEGOTIATION") ? " and negotiated directly" : "");
    } else if (reached.contains("FORBEARANCE") || reached.contains("PRESSURE_GROUP")) {
      way = "regional activation only: forbearance and pressure, no path to the centre yet";
    } else {
      way = "no political activation (as in La Libertad or Cochabamba)";
    }
    return reached.contains("POLICY_CONCESSION") ? way + "; the policy was conceded" : way;
  }

  /** A short name of the way, for a cohort's table: "Peruvian", "Bolivian", "both", "regional", "none". */
  public static String wayShort(Set<String> reached) {
    boolean office = reached.contains("RAN_FOR_OFFICE") || reached.contains("WON_OFFICE");
    boolean centre = reached.contains("NATIONAL_LOBBYING");
    if (office && centre) {
      return "both ways";
    } else if (office) {
      return "the Peruvian way";
    } else if (centre) {
      return "the Bolivian way";
    } else if (reached.contains("FORBEARANCE") || reached.contains("PRESSURE_GROUP")) {
      return "regional only";
    }
    return "no activation";
  }
}
