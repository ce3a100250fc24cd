package org.onpump.infra.benchmarks;

import org.onpump.scheduler.roster.Goals;
import org.onpump.scheduler.roster.TimelineRules;

/**
 * The goal weights and the neighbourhood of the timeline rules, taken from the service's own constants so that the
 * CP-SAT model cannot drift from them. The score check after every CP-SAT solve is what proves the rest of the
 * model agrees.
 */
record ModelConstants(int stability, int fairness, int activity, int preference, int complexCase, int overContract,
    int contract, int neighbourhoodMinutes) {

  static ModelConstants read() {
    return new ModelConstants(Goals.STABILITY_WEIGHT, Goals.FAIRNESS_WEIGHT, Goals.ACTIVITY_WEIGHT,
        Goals.PREFERENCE_WEIGHT, Goals.COMPLEX_CASE_WEIGHT, Goals.OVER_CONTRACT_WEIGHT, Goals.CONTRACT_WEIGHT,
        TimelineRules.NEIGHBOURHOOD_MINUTES);
  }
}
