package org.onpump.infra.benchmarks;

import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import org.onpump.scheduler.roster.DepartmentRoster;
import org.onpump.scheduler.roster.SolverConfiguration;
import org.optaplanner.core.api.score.ScoreExplanation;
import org.optaplanner.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import org.optaplanner.core.api.solver.SolutionManager;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.solver.SolverConfig;

/**
 * OnPump's own solver configuration and score, outside Spring: the same solution, entity, constraint provider and
 * score engine and search as the service ({@link SolverConfiguration#solverConfig}), with only a time limit, so every roster in
 * the benchmark (solver, greedy, CP-SAT) is judged by the one model the service uses.
 */
final class RosterScoring {

  private final SolutionManager<DepartmentRoster, HardMediumSoftScore> solutionManager =
      SolutionManager.create(SolverFactory.create(solverConfig(Duration.ofSeconds(1))));

  /** A hard rule broken by a roster: how many times, and its share of the hard score. */
  record Breach(int matches, int hardPenalty) {
  }

  /** The service's own configuration, with a spent limit alone, so every run gets the same time. */
  static SolverConfig solverConfig(Duration spentLimit) {
    return SolverConfiguration.solverConfig(spentLimit, null);
  }

  /** Scores the roster as it stands (and stores the score on it). */
  HardMediumSoftScore score(DepartmentRoster roster) {
    return solutionManager.update(roster);
  }

  /** Every hard rule the roster breaks, by rule name. */
  Map<String, Breach> hardBreaches(DepartmentRoster roster) {
    ScoreExplanation<DepartmentRoster, HardMediumSoftScore> explanation = solutionManager.explain(roster);
    Map<String, Breach> breaches = new TreeMap<>();
    explanation.getConstraintMatchTotalMap().values().forEach(total -> {
      if (total.getScore().hardScore() < 0) {
        breaches.put(total.getConstraintName(),
            new Breach(total.getConstraintMatchCount(), -total.getScore().hardScore()));
      }
    });
    return breaches;
  }
}
