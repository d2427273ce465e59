package org.veta.session;

import java.time.Duration;
import java.util.Locale;

/**
 * How long each phase of a round lasts at most. BRIEFING and REPORT end early when every seated
 * person is ready; ORDERS ends early when every seated person has submitted; TALKS of zero length
 * is skipped (a local game against bots has nobody to talk to).
 */
public record PhaseDurations(Duration briefing, Duration talks, Duration orders, Duration report) {
  public static final PhaseDurations DEFAULT = new PhaseDurations(Duration.ofSeconds(30),
      Duration.ofMinutes(2), Duration.ofMinutes(5), Duration.ofSeconds(60));

  /**
   * Reads "briefing=10,talks=0,orders=120,report=20" (seconds; any subset, the rest default).
   *
   * @throws IllegalArgumentException with a sentence naming what is wrong
   */
  public static PhaseDurations parse(String spec) {
    return parse(spec, DEFAULT);
  }

  /** As {@link #parse(String)}, the phases not named keeping the given lengths. */
  public static PhaseDurations parse(String spec, PhaseDurations base) {
    PhaseDurations d = base;
    if (spec == null || spec.isBlank()) {
      return d;
    }
    for (String part : spec.split(",")) {
      String[] kv = part.trim().split("=", 2);
      if (kv.length != 2) {
        throw new IllegalArgumentException("phase durations are written phase=seconds, not '" + part + "'");
      }
      Duration value;
      try {
        double seconds = Double.parseDouble(kv[1].trim());
        if (seconds < 0 || seconds > 24 * 3600) {
          throw new NumberFormatException();
        }
        value = Duration.ofMillis(Math.round(seconds * 1000));
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("'" + kv[1] + "' is not a number of seconds (0 to 86400)");
      }
      d = switch (kv[0].trim().toLowerCase(Locale.ROOT)) {
        case "briefing" -> new PhaseDurations(value, d.talks, d.orders, d.report);
        case "talks" -> new PhaseDurations(d.briefing, value, d.orders, d.report);
        case "orders" -> new PhaseDurations(d.briefing, d.talks, value, d.report);
        case "report" -> new PhaseDurations(d.briefing, d.talks, d.orders, value);
        default -> throw new IllegalArgumentException("no phase called '" + kv[0]
            + "'; phases: briefing, talks, orders, report");
      };
    }
    return d;
  }

  /** The length of a phase of the round; zero for the others. */
  public Duration of(org.veta.protocol.wire.Phase phase) {
    switch (phase) {
      case BRIEFING: return briefing;
      case TALKS: return talks;
      case ORDERS: return orders;
      case REPORT: return report;
      default: return Duration.ZERO;
    }
  }

  /** These lengths with one phase's changed. */
  public PhaseDurations with(org.veta.protocol.wire.Phase phase, Duration length) {
    switch (phase) {
      case BRIEFING: return new PhaseDurations(length, talks, orders, report);
      case TALKS: return new PhaseDurations(briefing, length, orders, report);
      case ORDERS: return new PhaseDurations(briefing, talks, length, report);
      case REPORT: return new PhaseDurations(briefing, talks, orders, length);
      default: throw new IllegalArgumentException(phase + " has no length");
    }
  }

  /** "briefing=30", "talks=120", ...: as --phase-seconds takes them. */
  public java.util.List<String> describe() {
    return java.util.List.of("briefing=" + seconds(briefing), "talks=" + seconds(talks),
        "orders=" + seconds(orders), "report=" + seconds(report));
  }

  private static String seconds(Duration d) {
    return d.toMillis() % 1000 == 0 ? Long.toString(d.toSeconds())
        : Double.toString(d.toMillis() / 1000.0);
  }
}
