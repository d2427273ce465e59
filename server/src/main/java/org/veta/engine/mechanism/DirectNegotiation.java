package org.veta.engine.mechanism;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.veta.engine.Cause;
import org.veta.engine.Game;
import org.veta.engine.Ledger;
import org.veta.engine.MechanismId;
import org.veta.engine.RoundContext;
import org.veta.engine.move.Move;
import org.veta.engine.state.ClauseVariable;
import org.veta.engine.state.NationalVar;
import org.veta.engine.state.RegionVar;
import org.veta.engine.state.Target;
import org.veta.protocol.scenario.ClauseValue;
import org.veta.protocol.scenario.DirectNegotiationCoefficients;

/**
 * Direct negotiation (the study: in Bolivia "New committees were created in 2011 and 2012 where
 * miners, now without middlemen, negotiated every clause"; after the Assembly's revision "miners
 * decided to strike and threatened to end their support of MAS" until "FENCOMIN negotiated
 * directly with President Morales and everything the federation asked was agreed on, except the
 * right to partner with private actors"; in Peru, from office, miners reached the centre and the
 * Ministry "decided to meet with the mining federations"). It opens once the pressure passes the
 * threshold and the miners have a channel (incorporation, or an office won); then each clause
 * meets at a point set by the federation's bargaining power; the legislature may revise the
 * submitted draft, restarting contention, until the executive enacts or concedes.
 *
 * <p>power = clamp(base + weight * pressure); both sides write a clause: central + power *
 * (federation - central); only the federation: clause + power * (federation - clause); only the
 * centre: clause + (1 - power) * (central - clause).
 */
public final class DirectNegotiation implements Mechanism {
  @Override
  public MechanismId id() {
    return MechanismId.DIRECT_NEGOTIATION;
  }

  @Override
  public void apply(RoundContext round) {
    Ledger.Changes changes = round.by(id());
    DirectNegotiationCoefficients k = round.game().coefficients().getDirectNegotiation();
    legislatureRevision(round, changes, k);
    access(round, changes);
    for (var o : round.moves(Move.DemandNegotiation.class)) {
      double m = round.now().get(o.seat().region(), RegionVar.MOBILIZATION);
      changes.add(o.cause(), NationalVar.NEGOTIATION_PRESSURE, k.getDemandPressure() * (0.5 + m),
          "the federation demands to negotiate without middlemen");
    }
    boolean openAtStart = round.start().get(NationalVar.DIRECT_NEGOTIATION) > 0;
    if (!openAtStart) {
      open(round, changes, k);
    } else {
      editClauses(round, changes, k);
    }
    for (var o : round.moves(Move.SubmitLaw.class)) {
      changes.set(o.cause(), NationalVar.LAW_STAGE, 1, "the draft goes to the legislature");
    }
    for (var o : round.moves(Move.Concede.class)) {
      concede(round, changes, o.cause());
      enact(round, changes, o.cause(), "the executive concedes and the law passes");
    }
    for (var o : round.moves(Move.Enact.class)) {
      enact(round, changes, o.cause(), "the law passes as the legislature revised it");
    }
  }

  /** The miners' channel to the centre: the lobbying tilt, or 1 where they hold an office. */
  private static void access(RoundContext round, Ledger.Changes changes) {
    boolean office = round.game().layout().regions().stream()
        .anyMatch(r -> round.now().get(r, RegionVar.MINER_IN_OFFICE) > 0);
    double tilt = round.now().get(NationalVar.LOBBY_TILT);
    changes.set(Cause.NONE, NationalVar.MINERS_ACCESS, office ? 1 : tilt, office
        ? "from a regional office the miners reach the centre without middlemen"
        : "the miners reach the centre through former peers in government");
  }

  private static void open(RoundContext round, Ledger.Changes changes,
      DirectNegotiationCoefficients k) {
    Game game = round.game();
    boolean office = game.layout().regions().stream()
        .anyMatch(r -> round.now().get(r, RegionVar.MINER_IN_OFFICE) > 0);
    boolean incorporated = game.incorporation() >= game.coefficients().getLobbying().getMinIncorporation();
    boolean channel = office || incorporated;
    double pressure = round.now().get(NationalVar.NEGOTIATION_PRESSURE);
    var negotiate = round.moves(Move.Negotiate.class);
    Cause cause = negotiate.isEmpty() ? Cause.NONE : negotiate.get(0).cause();
    boolean forced = pressure >= k.getPressureThreshold();
    boolean chosen = !negotiate.isEmpty() && pressure >= k.getPressureThreshold() * k.getVoluntaryFactor();
    if (channel && (forced || chosen)) {
      String why = String.format(Locale.ROOT, "%s (pressure %.0f%%; the miners reach the centre %s)",
          forced ? "the executive can no longer avoid facing the federation directly"
              : "the executive chooses to face the federation directly", 100 * pressure,
          office ? "from the office they won" : "through their place in the governing coalition");
      changes.set(cause, NationalVar.DIRECT_NEGOTIATION, 1, why);
      changes.set(cause, NationalVar.ROUNDTABLE_OPEN, 0, "direct negotiation replaces the roundtable's middlemen");
      return;
    }
    for (var o : negotiate) {
      changes.set(o.cause(), NationalVar.ROUNDTABLE_OPEN, 1,
          "the centre sits down with the mining associations");
      changes.add(o.cause(), NationalVar.MINERS_MOMENTUM, 0.05, "the centre is seen to give ground");
      changes.note(o.cause(), channel
          ? String.format(Locale.ROOT, "Not yet direct negotiation: pressure %.0f%% is below %.0f%%.",
              100 * pressure, 100 * k.getPressureThreshold() * k.getVoluntaryFactor())
          : "Not direct negotiation: excluded miners have no channel to the centre until they win an office.");
    }
  }

  private static void editClauses(RoundContext round, Ledger.Changes changes,
      DirectNegotiationCoefficients k) {
    if (round.now().get(NationalVar.LAW_STAGE) > 0) {
      return;
    }
    double pressure = round.now().get(NationalVar.NEGOTIATION_PRESSURE);
    double power = Math.max(0, Math.min(1, k.getPowerBase() + k.getPowerWeight() * pressure));
    Map<String, Move.Propose> federation = new HashMap<>();
    Map<String, Cause> federationCause = new HashMap<>();
    Map<String, Move.Draft> central = new HashMap<>();
    Map<String, Cause> centralCause = new HashMap<>();
    Set<String> clauses = new LinkedHashSet<>();
    for (var o : round.moves(Move.Propose.class)) {
      federation.put(o.move().clause(), o.move());
      federationCause.put(o.move().clause(), o.cause());
      clauses.add(o.move().clause());
    }
    for (var o : round.moves(Move.Draft.class)) {
      central.put(o.move().clause(), o.move());
      centralCause.put(o.move().clause(), o.cause());
      clauses.add(o.move().clause());
    }
    for (String id : clauses) {
      ClauseVariable clause = round.game().layout().clause(id);
      Target target = new Target.OfClause(clause);
      double current = round.now().get(target);
      Move.Propose f = federation.get(id);
      Move.Draft c = central.get(id);
      double powerShown = 100 * power;
      if (f != null && c != null) {
        changes.set(federationCause.get(id), target, c.value() + power * (f.value() - c.value()),
            "clause negotiated without middlemen: the federation's bargaining power %.0f%%",
            powerShown);
      } else if (f != null) {
        changes.set(federationCause.get(id), target, current + power * (f.value() - current),
            "the centre yields to the federation's proposal: the federation's bargaining power %.0f%%",
            powerShown);
      } else {
        changes.set(centralCause.get(id), target, current + (1 - power) * (c.value() - current),
            "the federation yields to the centre's draft: the federation's bargaining power %.0f%%",
            powerShown);
      }
    }
  }

  private static void legislatureRevision(RoundContext round, Ledger.Changes changes,
      DirectNegotiationCoefficients k) {
    if (round.start().get(NationalVar.LAW_STAGE) != 1) {
      return;
    }
    Cause legislature = Cause.of("legislature", "revise the draft");
    for (ClauseValue revision : round.game().scenario().getLegislature().getRevisionsList()) {
      ClauseVariable clause = round.game().layout().clause(revision.getClause());
      changes.set(legislature, new Target.OfClause(clause), revision.getValue(),
          "the legislature revises the agreed draft");
    }
    changes.set(legislature, NationalVar.LAW_STAGE, 2, "the legislature has revised the draft");
    changes.add(legislature, NationalVar.MINERS_MOMENTUM, k.getRevisionContention(),
        "the revision restarts contention");
    for (String region : round.game().layout().regions()) {
      changes.add(legislature, region, RegionVar.THREAT, k.getRevisionContention() * round.stake(region),
          "miners fear losing what they negotiated");
    }
  }

  private static void concede(RoundContext round, Ledger.Changes changes, Cause cause) {
    Set<String> reserved = new java.util.HashSet<>(
        round.game().scenario().getLegislature().getExecutiveReservedList());
    for (ClauseVariable clause : round.game().layout().clauses()) {
      if (reserved.contains(clause.id())) {
        changes.note(cause, "The executive does not concede '" + clause.label() + "'.");
        continue;
      }
      Target target = new Target.OfClause(clause);
      double ideal = round.game().federationIdeal(clause.id(), round.now().get(target));
      changes.set(cause, target, ideal, "the executive concedes the federation's demand");
    }
    changes.add(cause, NationalVar.CENTRAL_LEGITIMACY, -0.05,
        "the press speaks of a state unable to assert its autonomy");
  }

  private static void enact(RoundContext round, Ledger.Changes changes, Cause cause, String why) {
    var utility = round.game().leadFederation().utility();
    Map<String, Double> initial = new HashMap<>();
    round.game().scenario().getClausesList().forEach(c -> initial.put(c.getId(), c.getInitial()));
    double gain = utility.of(round.now()::clause) - utility.of(id -> initial.getOrDefault(id, 0.0));
    changes.set(cause, NationalVar.LAW_STAGE, 3, why);
    changes.set(cause, NationalVar.DIRECT_NEGOTIATION, 0, "the negotiation is over");
    changes.set(cause, NationalVar.ROUNDTABLE_OPEN, 0, "the negotiation is over");
    double concession = round.game().coefficients().getCentral().getLawConcession() * Math.max(0, gain);
    changes.add(cause, NationalVar.POLICY_CONCESSION, concession, "the law gives the miners %.0f points of utility over the original draft", 100 * gain);
  }
}
