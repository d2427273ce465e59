package org.veta.engine;

import org.veta.protocol.scenario.CentralResponseCoefficients;
import org.veta.protocol.scenario.Coefficients;
import org.veta.protocol.scenario.DirectNegotiationCoefficients;
import org.veta.protocol.scenario.EconomicDependenceCoefficients;
import org.veta.protocol.scenario.ElectionCoefficients;
import org.veta.protocol.scenario.EndorsementCoefficients;
import org.veta.protocol.scenario.ExposureCoefficients;
import org.veta.protocol.scenario.ForbearanceCoefficients;
import org.veta.protocol.scenario.LobbyingCoefficients;
import org.veta.protocol.scenario.MobilizationCoefficients;
import org.veta.protocol.scenario.PressureGroupCoefficients;
import org.veta.protocol.scenario.RegulationThreatCoefficients;
import org.veta.protocol.scenario.SocialLicenceCoefficients;
import org.veta.protocol.scenario.StageThresholds;

/**
 * The coefficients a scenario may leave out. A scenario's own value, even an explicit 0, always
 * wins: coefficient fields have presence, and merging copies every field the scenario set.
 */
public final class CoefficientDefaults {
  private CoefficientDefaults() {}

  public static final Coefficients DEFAULTS = Coefficients.newBuilder()
      .setEconomicDependence(EconomicDependenceCoefficients.newBuilder()
          .setReferenceGoldPrice(1225).setPriceElasticity(1.0).setShareWeight(0.5)
          .setAgriculturalPressure(0.6).setActivationThreshold(0.3))
      .setRegulationThreat(RegulationThreatCoefficients.newBuilder()
          .setStringencyWeight(0.5).setInterdictionWeight(0.5).setDraftWeight(0.3)
          .setAdjustment(0.5).setInterdictionMemory(0.5))
      .setMobilization(MobilizationCoefficients.newBuilder()
          .setThreatPull(0.25).setDecay(0.15).setMembershipSurge(0.2).setStrikeGain(0.6)
          .setMembershipWeight(0.4).setDependenceWeight(0.4).setSolidarityWeight(0.2)
          .setDelayThreshold(0.3).setEconomicCostPerDay(0.002).setFatalityRiskPerDay(0.004)
          .setFatalityLegitimacyCost(0.08).setOrganizeGain(0.15))
      .setForbearance(ForbearanceCoefficients.newBuilder()
          .setForbearanceGain(0.45).setDecay(0.2).setApprovalGain(0.12).setAlignmentShift(0.08)
          .setEnforcementCost(0.15).setEnforcementBudgetCost(0.03).setRevenueLoss(0.01)
          .setEnforcementBacklash(0.15))
      .setPressureGroup(PressureGroupCoefficients.newBuilder()
          .setFormationRate(0.5).setDecay(0.08).setContactGain(0.1).setAlignmentPull(0.05))
      .setEndorsement(EndorsementCoefficients.newBuilder()
          .setEndorsementGain(0.5).setDecay(0.12).setCoherenceCost(0.06).setLegitimacyCost(0.04)
          .setApprovalGain(0.08).setMobilizationBoost(0.1).setPermitEnforcementDrop(0.3)
          .setBoycottLegitimacyCost(0.25))
      .setExposure(ExposureCoefficients.newBuilder()
          .setMomentumPerRetreat(0.15).setMomentumDecay(0.1).setLegitimacyPerRetreat(0.03)
          .setBurdenRate(0.35).setPressureDecay(0.05))
      .setLobbying(LobbyingCoefficients.newBuilder()
          .setMinIncorporation(0.5).setTiltGain(0.4).setTiltDecay(0.1).setDraftDrift(0.25)
          .setRejectionMomentum(0.1).setResignationPressure(0.1).setWithdrawalPressure(0.15))
      .setElections(ElectionCoefficients.newBuilder()
          .setBase(-2.5).setMobilizationWeight(2.5).setDependenceWeight(1.5).setAllianceWeight(2.0)
          .setEndorsementWeight(1.0).setAccessPressure(0.3).setIncumbentApprovalFloor(0.3))
      .setDirectNegotiation(DirectNegotiationCoefficients.newBuilder()
          .setPressureThreshold(0.55).setVoluntaryFactor(0.6).setPowerBase(0.3).setPowerWeight(0.6)
          .setRevisionContention(0.2).setDemandPressure(0.08))
      .setCentral(CentralResponseCoefficients.newBuilder()
          .setInterdictionCost(0.06).setInterdictionBacklash(0.2).setInterdictionClandestine(0.15)
          .setInterdictionFormalization(0.004).setRoundtableLegitimacy(0.7)
          .setExtensionLegitimacyCost(0.02).setDerogationConcession(0.6)
          .setDelegationConcession(0.35).setDelegationFormalization(0.05)
          .setCreditFormalization(0.08).setCreditCost(0.05).setAppointmentPressure(0.1)
          .setExtensionConcession(0.05).setLawConcession(1.0).setFormalRevenue(0.05)
          .setLapsedDeadlineCost(0.02))
      .setSocialLicence(SocialLicenceCoefficients.newBuilder()
          .setLicenceRate(0.25).setConflictGrowth(0.1).setConflictDecay(0.1)
          .setInterdictionConflict(0.3).setConflictLegitimacyCost(0.03).setConflictWeight(0.6))
      .setStages(StageThresholds.newBuilder()
          .setMobilization(0.5).setForbearance(0.5).setPressureGroup(0.5).setEndorsement(0.5)
          .setLobbying(0.3).setConcession(0.35))
      .build();

  /** The scenario's coefficients over the defaults, message by message. */
  public static Coefficients merge(Coefficients scenario) {
    return DEFAULTS.toBuilder().mergeFrom(scenario).build();
  }
}
