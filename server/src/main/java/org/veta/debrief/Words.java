package org.veta.debrief;

import org.veta.protocol.scenario.Region;
import org.veta.protocol.scenario.Role;
import org.veta.protocol.scenario.Scenario;

/** Names for a scenario's roles and regions. */
final class Words {
  private Words() {}

  static String role(Role role) {
    switch (role) {
      case CENTRAL_STATE: return "central state";
      case REGIONAL_OFFICIAL: return "regional official";
      case FEDERATION: return "federation";
      default: return "";
    }
  }

  static String region(Scenario scenario, String id) {
    if (id.isBlank()) {
      return "national";
    }
    for (Region r : scenario.getRegionsList()) {
      if (r.getId().equals(id)) {
        return r.getName();
      }
    }
    return id;
  }
}
