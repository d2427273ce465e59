package org.veta.log;

import com.google.protobuf.TextFormat;
import org.veta.protocol.log.LogHeader;
import org.veta.protocol.scenario.Scenario;
import org.veta.scenario.ScenarioException;
import org.veta.scenario.ScenarioOverrides;

/**
 * The scenario a log was played with, read back from its header: the recorded text with the
 * recorded overrides, as it was, without today's validation (a log written by an older version
 * must still open).
 */
public final class RecordedScenario {
  private RecordedScenario() {}

  public static Scenario of(LogHeader header) throws TextFormat.ParseException, ScenarioException {
    Scenario.Builder parsed = Scenario.newBuilder();
    TextFormat.Parser.newBuilder().setAllowUnknownFields(true).build()
        .merge(header.getScenarioText(), parsed);
    return ScenarioOverrides.apply(parsed.build(), header.getOverridesList());
  }
}
