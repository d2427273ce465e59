package org.veta.negotiation;

import org.veta.engine.state.Target;

/**
 * What a breach costs, with its reason, for the caller to apply. Trust is the negotiation's own
 * value ({@link Trust#after}); legitimacy lives in the engine's policy state, so the session will
 * apply those changes through the engine's ledger later, where they get an effect with a reason
 * like every other change. Nothing here writes the policy state.
 */
public sealed interface Consequence {
  double delta();

  String reason();

  /** How much {@code truster} trusts {@code trusted} changes. */
  record TrustChange(String truster, String trusted, double delta, String reason)
      implements Consequence {}

  /** A change of a policy-state variable: the standing of the seat that broke a public promise. */
  record StandingChange(Target target, double delta, String reason) implements Consequence {}
}
