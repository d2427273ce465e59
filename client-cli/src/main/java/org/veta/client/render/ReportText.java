package org.veta.client.render;

import java.util.ArrayList;
import java.util.List;
import org.veta.protocol.wire.EffectView;
import org.veta.protocol.wire.RoundReport;
import org.veta.protocol.wire.SeatMoves;
import org.veta.protocol.wire.StageView;

/** A round's report: everyone's moves, each effect with its reason, notes, stages reached. */
public final class ReportText {
  private ReportText() {}

  public static List<String> lines(RoundReport report, Glyphs glyphs) {
    List<String> lines = new ArrayList<>();
    lines.add("ROUND " + report.getRound() + " REPORT");
    for (SeatMoves seat : report.getMovesList()) {
      lines.add("MOVES " + seat.getSeat() + ": " + (seat.getMovesCount() == 0 ? "(none)" : String.join("; ", seat.getMovesList())));
    }
    for (EffectView effect : report.getEffectsList()) {
      lines.add(effect(effect, glyphs));
    }
    report.getNotesList().forEach(note -> lines.add("NOTE " + note));
    report.getStagesList().forEach(stage -> lines.add(stage(stage)));
    report.getRefusalsList().forEach(refusal -> lines.add("YOUR REFUSED MOVE " + refusal));
    report.getBreachesList().forEach(breach -> lines.add("BREACH " + breach.getDescription()));
    if (report.getEffectsCount() == 0 && report.getNotesCount() == 0) {
      lines.add("NOTE nothing changed this round");
    }
    return lines;
  }

  /** "EFFECT mobilization in Madre de Dios: 40% -> 52% [strike, fedemin strike] reason". */
  public static String effect(EffectView effect, Glyphs glyphs) {
    String label = effect.getLabel().isEmpty() ? effect.getTarget() : effect.getLabel();
    String before = effect.getShownBefore().isEmpty() ? Text.number(effect.getBefore()) : effect.getShownBefore();
    String after = effect.getShownAfter().isEmpty() ? Text.number(effect.getAfter()) : effect.getShownAfter();
    String cause = effect.getSeat().isEmpty() ? "passing of time" : effect.getSeat() + " " + effect.getMove();
    return "EFFECT " + label + ": " + before + " " + glyphs.arrow() + " " + after
        + " [" + (effect.getMechanism().isEmpty() ? "" : effect.getMechanism() + ", ") + cause + "]"
        + (effect.getReason().isEmpty() ? "" : " " + effect.getReason());
  }

  public static String stage(StageView stage) {
    return "STAGE " + stage.getStage() + " round " + stage.getRound()
        + (stage.getRegion().isEmpty() ? "" : " region " + stage.getRegion())
        + (stage.getSeat().isEmpty() ? "" : " seat " + stage.getSeat());
  }
}
