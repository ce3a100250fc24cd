package org.onpump.infra.benchmarks;

import java.util.Map;
import org.onpump.scheduler.roster.generator.DepartmentSize;
import org.optaplanner.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;

/**
 * Everything measured on one department size: the department, the greedy roster, OnPump's run, and the reference
 * it is measured against (CP-SAT's optimum on S, a long run on M; null where not run).
 */
record SizeResult(DepartmentSize size, Department department, Greedy greedy, SolverRun.Result onPump,
    CpSatOptimum.Result cpSat, SolverRun.Result longRun) {

  /** What was rostered. */
  record Department(int perfusionists, int cases, int seats, int requiredSeats, int pumpMoments) {
  }

  /** The greedy roster's score and the hard rules it breaks. */
  record Greedy(HardMediumSoftScore score, Map<String, RosterScoring.Breach> hardBreaches, long millis) {
  }

  /** The score the others are measured against, or null. */
  HardMediumSoftScore reference() {
    if (cpSat != null && cpSat.score() != null) {
      return cpSat.score();
    }
    return longRun != null ? longRun.finalScore() : null;
  }

  String referenceName() {
    return cpSat != null ? "CP-SAT " + cpSat.status().toLowerCase(java.util.Locale.ROOT)
        : longRun != null ? "OnPump " + longRun.spentMillis() / 60_000 + " min" : null;
  }
}
