package org.veta.engine.move;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.veta.protocol.scenario.Role;

/**
 * The catalogue of moves: who may order each, its parameters, what it does and what it costs.
 * The terminal client's `moves` command and the scenario README are written from this.
 */
public enum MoveKind {
  HOLD(null, "Do nothing this round.", "Nothing; the others move on.", a -> new Move.Hold()),

  DECREE(Role.CENTRAL_STATE,
      "Issue a regulatory decree (Peru 012-2010, 029-2011; Bolivia's fiscal reserve decree).",
      "Raises the threat miners feel, and with it mobilization and membership.",
      a -> new Move.Decree(a.number(0)),
      Param.number("size", 0.05, 0.5, 0.2, "how much stricter regulation becomes (0.05-0.5)")),
  INTERDICTION(Role.CENTRAL_STATE,
      "Send police and military to destroy mining camps and equipment in a region.",
      "Costly (about US$300,000 each); provokes mobilization and clandestine mining; "
          + "formalizes almost nobody.",
      a -> new Move.Interdiction(a.text(0), a.number(1)),
      Param.region("the region to intervene in"),
      Param.number("scale", 0.1, 1, 0.6, "size of the operation (0.1-1)")),
  ROUNDTABLE(Role.CENTRAL_STATE, "Convene a roundtable on the law draft and invite the seats.",
      "Officials who stay silent or boycott lower its legitimacy; where miners have ex-peer "
          + "ministers the draft drifts their way.",
      a -> new Move.ConveneRoundtable()),
  DRAFT(Role.CENTRAL_STATE, "Write a clause of the law draft.",
      "Outside direct negotiation the clause is set as written; in direct negotiation it meets "
          + "the federation's proposal according to bargaining power.",
      a -> new Move.Draft(a.text(0), a.number(1)),
      Param.clause("the clause to write"), Param.clauseValue("its value, within the clause's range")),
  APPOINT_MINISTER(Role.CENTRAL_STATE, "Appoint or replace a minister (Bolivia: labour minister Rojas).",
      "A conciliator eases the way to direct negotiation; a hardliner raises regulation and "
          + "removes an ex-peer minister.",
      a -> new Move.AppointMinister(a.text(0)),
      Param.choice("stance", List.of("conciliator", "hardliner"), "conciliator or hardliner")),
  EXTEND_DEADLINE(Role.CENTRAL_STATE, "Extend the formalization deadline.",
      "A visible retreat: miners gain momentum and the centre loses legitimacy.",
      a -> new Move.ExtendDeadline(a.whole(0)),
      Param.whole("rounds", 1, 4, 2, "rounds of extension (1-4)")),
  DEROGATE(Role.CENTRAL_STATE, "Derogate punitive decrees.",
      "Lowers regulation; a concession and a visible retreat.",
      a -> new Move.Derogate(a.number(0)),
      Param.number("size", 0.05, 0.5, 0.2, "how much regulation is lifted (0.05-0.5)")),
  DELEGATE(Role.CENTRAL_STATE, "Delegate part of formalization to the regions (Peru: Decree 1293).",
      "A concession: formalization becomes easier; the regions gain control.",
      a -> new Move.Delegate()),
  FUND_CREDIT(Role.CENTRAL_STATE, "Fund credit and training for miners (Bolivia: FOFIM).",
      "Costs revenue; helps formalization.",
      a -> new Move.FundCredit(a.number(0)),
      Param.number("amount", 0.05, 1, 0.3, "size of the fund (0.05-1)")),
  NEGOTIATE(Role.CENTRAL_STATE, "Meet the federation directly.",
      "Opens direct negotiation if the miners have a channel (incorporation or an office) and "
          + "enough pressure; otherwise it is a meeting that shows the centre giving ground.",
      a -> new Move.Negotiate()),
  SUBMIT_LAW(Role.CENTRAL_STATE, "Send the law draft to the legislature.",
      "The legislature revises it next round, which can restart contention.",
      a -> new Move.SubmitLaw()),
  ENACT(Role.CENTRAL_STATE, "Enact the law as the legislature revised it.",
      "Ends the law-making; the miners' gain or loss becomes policy.",
      a -> new Move.Enact()),
  CONCEDE(Role.CENTRAL_STATE,
      "The executive intervenes: concede the federation's demands, except reserved clauses, and enact.",
      "A large concession; the press speaks of a weak state.",
      a -> new Move.Concede()),

  ENFORCE(Role.REGIONAL_OFFICIAL, "Enforce central regulation in your region.",
      "Costs approval and budget; provokes the miners; the centre is pleased.",
      a -> new Move.Enforce()),
  FORBEAR(Role.REGIONAL_OFFICIAL, "Forbear: deliberately do not enforce in your region.",
      "Local approval rises where the economy depends on mining; enforcement falls; the "
          + "centre loses revenue.",
      a -> new Move.Forbear()),
  ENDORSE(Role.REGIONAL_OFFICIAL, "Publicly endorse the miners: join protests, co-sign demands.",
      "Exposes the state's fracture: coherence and central legitimacy fall.",
      a -> new Move.Endorse()),
  GRANT_PERMITS(Role.REGIONAL_OFFICIAL, "Grant permits against central orders (Peru21 2012).",
      "Open defiance: enforcement and state coherence fall.",
      a -> new Move.GrantPermits()),
  BOYCOTT(Role.REGIONAL_OFFICIAL, "Boycott the roundtable.",
      "The draft loses legitimacy; coherence falls.",
      a -> new Move.Boycott()),
  SILENCE(Role.REGIONAL_OFFICIAL, "Attend the roundtable but stay silent (rural La Paz, 2009-2010).",
      "The draft loses legitimacy without open defiance.",
      a -> new Move.StaySilent()),
  VOICE(Role.REGIONAL_OFFICIAL, "Voice the miners' concerns to the centre.",
      "Builds the alliance with the miners.",
      a -> new Move.Voice()),

  STRIKE(Role.FEDERATION, "Call a strike in your region.",
      "Strength grows with membership, dependence and local solidarity; strong strikes delay "
          + "decrees; long strikes cost the economy and can cost lives.",
      a -> new Move.Strike(a.number(0), a.whole(1)),
      Param.number("scale", 0.1, 1, 0.6, "share of members called out (0.1-1)"),
      Param.whole("days", 1, 60, 7, "length in days (1-60)")),
  ORGANIZE(Role.FEDERATION, "Organize: recruit members into the federation.",
      "Membership grows.", a -> new Move.Organize()),
  LOBBY(Role.FEDERATION, "Lobby former peers who are now ministers (incorporated miners only).",
      "Roundtables and drafts tilt toward the miners.", a -> new Move.Lobby()),
  REJECT_DRAFT(Role.FEDERATION, "Reject the roundtable's draft.",
      "The presentation of the law is postponed: a visible defeat of the centre.",
      a -> new Move.RejectDraft()),
  DEMAND_RESIGNATION(Role.FEDERATION,
      "Strike for a minister's resignation (incorporated miners only).",
      "With strong mobilization the minister goes and the pressure to negotiate rises.",
      a -> new Move.DemandResignation()),
  RUN_FOR_OFFICE(Role.FEDERATION, "Stand your leader for the regional office (election rounds only).",
      "The chance grows with mobilization, dependence and the alliance; a win gives direct "
          + "access to the centre.",
      a -> new Move.RunForOffice()),
  DEMAND_NEGOTIATION(Role.FEDERATION, "Demand direct negotiation without middlemen.",
      "Raises the pressure on the centre to negotiate.", a -> new Move.DemandNegotiation()),
  PROPOSE(Role.FEDERATION, "Propose a value for a clause at the roundtable or in direct negotiation.",
      "Moves the clause toward your value according to your weight at the table.",
      a -> new Move.Propose(a.text(0), a.number(1)),
      Param.clause("the clause"), Param.clauseValue("your value, within the clause's range")),
  THREATEN_WITHDRAWAL(Role.FEDERATION,
      "Threaten to withdraw support from the ruling party (incorporated miners only).",
      "Raises the pressure to negotiate; costs the centre legitimacy.",
      a -> new Move.ThreatenWithdrawal()),
  FORMALIZE(Role.FEDERATION, "Encourage members to enter the formalization process.",
      "Formalization rises, more so with fewer steps; revenue follows.",
      a -> new Move.Formalize());

  private final String token = name().toLowerCase(Locale.ROOT);
  private final Role role;
  private final String summary;
  private final String consequence;
  private final Function<MoveSyntax.Arguments, Move> factory;
  private final List<Param> params;

  MoveKind(Role role, String summary, String consequence,
      Function<MoveSyntax.Arguments, Move> factory, Param... params) {
    this.role = role;
    this.summary = summary;
    this.consequence = consequence;
    this.factory = factory;
    this.params = List.of(params);
  }

  /** The word a player types: {@code strike}, {@code grant_permits}. */
  public String token() {
    return token;
  }

  /** The role that may order it, or empty for a move any seat may order. */
  public Optional<Role> role() {
    return Optional.ofNullable(role);
  }

  public boolean allowedFor(Role seatRole) {
    return role == null || role == seatRole;
  }

  public String summary() {
    return summary;
  }

  public String consequence() {
    return consequence;
  }

  public List<Param> params() {
    return params;
  }

  Move create(MoveSyntax.Arguments arguments) {
    return factory.apply(arguments);
  }

  private static final java.util.Map<String, MoveKind> BY_TOKEN = new java.util.HashMap<>();

  static {
    for (MoveKind kind : values()) {
      BY_TOKEN.put(kind.token, kind);
    }
  }

  public static Optional<MoveKind> byToken(String token) {
    return Optional.ofNullable(BY_TOKEN.get(token));
  }

  public static List<MoveKind> forRole(Role role) {
    return Arrays.stream(values()).filter(k -> k.allowedFor(role)).toList();
  }

  /** How to type it: {@code strike [scale=0.6] [days=7]}. */
  public String usage() {
    StringBuilder out = new StringBuilder(token());
    for (Param p : params) {
      out.append(' ');
      String shown = p.name() + "=" + (p.type() == Param.Type.CHOICE ? String.join("|", p.choices())
          : p.type() == Param.Type.REGION ? "REGION" : p.type() == Param.Type.CLAUSE ? "CLAUSE"
          : "N");
      out.append(p.hasDefault() ? "[" + shown + "]" : shown);
    }
    return out.toString();
  }
}
