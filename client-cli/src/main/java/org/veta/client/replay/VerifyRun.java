package org.veta.client.replay;

import java.io.PrintStream;
import org.veta.replay.SessionRecord;
import org.veta.replay.Verifier;
import org.veta.session.TableRegistry;

/**
 * `veta replay LOG --verify`: re-executes the log through this engine (the only place the replay
 * runs the engine) and says whether every recorded state digest comes out the same.
 *
 * <pre>
 * LOG FILE: format 2, 77 records, scenario tutorial (TITLE), seed 3, engine veta-engine 0.1.0, 4 of 4 rounds resolved
 * NOTE this log was written by X; this is Y: ...              (another engine only)
 * VERIFIED 4 rounds: every state matches the log              exit 0
 * DIVERGENCE round 3, seat fedemin, mechanism strikes: ...    exit 1, then MATCHED N rounds before it
 * DAMAGED the last record is cut short at byte N (...): ...    exit 6, after verifying the intact part
 * </pre>
 */
final class VerifyRun {
  private VerifyRun() {}

  static int run(SessionRecord session, PrintStream out) {
    out.println("LOG " + session.file() + ": format " + session.format() + ", " + session.records().size()
        + " records" + (session.damage().isPresent() ? " (damaged)" : "") + ", scenario "
        + session.scenario().getId() + " (" + session.scenario().getTitle() + "), seed " + session.header().getSeed()
        + ", engine " + engine(session.header().getEngineVersion()) + ", " + session.rounds().size() + " of "
        + session.scenario().getRounds() + " rounds resolved");
    Verifier.Verdict verdict;
    try {
      verdict = Verifier.verify(session);
    } catch (RuntimeException e) {
      out.println("CANNOT VERIFY: the engine failed on this log (" + e + ")");
      return ReplayExitCodes.DIVERGED;
    }
    verdict.otherEngine().ifPresent(other -> out.println("NOTE this log was written by " + engine(other)
        + "; this is " + TableRegistry.ENGINE_VERSION + ": a divergence may come from changes to the engine,"
        + " not from the log"));
    int exit = ReplayExitCodes.OK;
    if (verdict.divergence().isPresent()) {
      out.println("DIVERGENCE " + verdict.divergence().get().describe());
      out.println("MATCHED " + verdict.roundsChecked() + " round" + (verdict.roundsChecked() == 1 ? "" : "s")
          + " before it");
      exit = ReplayExitCodes.DIVERGED;
    } else {
      out.println("VERIFIED " + verdict.roundsChecked() + " rounds: every state matches the log");
    }
    if (session.damage().isPresent()) {
      out.println("DAMAGED " + session.damage().get().describe() + ": only the " + session.records().size()
          + " records before the damage were verified");
      if (exit == ReplayExitCodes.OK) {
        exit = ReplayExitCodes.DAMAGED;
      }
    }
    return exit;
  }

  private static String engine(String version) {
    return version.isBlank() ? "an engine that did not say its version" : version;
  }
}
