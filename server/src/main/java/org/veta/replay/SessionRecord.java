package org.veta.replay;

import com.google.protobuf.TextFormat;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.veta.engine.Game;
import org.veta.log.LogReader;
import org.veta.protocol.log.LogHeader;
import org.veta.protocol.log.LogRecord;
import org.veta.protocol.log.LogRound;
import org.veta.protocol.scenario.Scenario;
import org.veta.protocol.wire.RoundReport;
import org.veta.scenario.ScenarioException;
import org.veta.scenario.ScenarioOverrides;

/**
 * A session as its log recorded it: the header (scenario text, seed, overrides, versions), every
 * record in order, and each round's resolution. Opening a log needs no re-execution: everything a
 * viewer shows is in the records. The scenario is read back from the header's text as it was,
 * without today's validation, so that a log written by an older version still opens.
 */
public final class SessionRecord {
  private final LogReader.Contents contents;
  private final LogHeader header;
  private final Scenario scenario;
  private final List<LogRound> rounds = new ArrayList<>();

  private SessionRecord(LogReader.Contents contents) throws BadLog {
    this.contents = contents;
    if (contents.records().isEmpty() || !contents.records().get(0).hasHeader()) {
      throw new BadLog(contents.file() + " is not a veta session log: it does not begin with a "
          + "header" + contents.damage().map(d -> " (" + d.describe() + ")").orElse(""));
    }
    this.header = contents.records().get(0).getHeader();
    try {
      this.scenario = org.veta.log.RecordedScenario.of(header);
    } catch (TextFormat.ParseException | ScenarioException e) {
      throw new BadLog("the scenario recorded in " + contents.file() + " cannot be read back: "
          + e.getMessage());
    }
    for (LogRecord r : contents.records()) {
      if (r.hasRound()) {
        rounds.add(r.getRound());
      }
    }
  }

  public static SessionRecord open(Path file) throws IOException, BadLog {
    return new SessionRecord(LogReader.read(file));
  }

  public static SessionRecord of(LogReader.Contents contents) throws BadLog {
    return new SessionRecord(contents);
  }

  public Path file() {
    return contents.file();
  }

  public LogHeader header() {
    return header;
  }

  public int format() {
    return contents.format();
  }

  public Optional<LogReader.Damage> damage() {
    return contents.damage();
  }

  public List<LogRecord> records() {
    return contents.records();
  }

  /** The scenario as played: the recorded text with the recorded overrides. */
  public Scenario scenario() {
    return scenario;
  }

  /** The scenario compiled, before any injected event. */
  public Game game() {
    return Game.compile(scenario);
  }

  /** Every resolved round, in order. */
  public List<LogRound> rounds() {
    return rounds;
  }

  /**
   * The round's report as the server sent it (every seat's effects are the same; a seat's view
   * differs only in its refusals and the breaches it may read), if anyone received one.
   */
  public Optional<RoundReport> report(int round) {
    for (LogRecord r : contents.records()) {
      if (r.hasOutput() && r.getOutput().getMessage().hasReport()
          && r.getOutput().getMessage().getReport().getRound() == round) {
        return Optional.of(r.getOutput().getMessage().getReport());
      }
    }
    return Optional.empty();
  }

  /** A log that cannot be opened at all: not a session log, or its scenario unreadable. */
  public static final class BadLog extends Exception {
    private static final long serialVersionUID = 1L;

    public BadLog(String message) {
      super(message);
    }
  }
}
