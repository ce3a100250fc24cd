package org.onpump.infra.benchmarks;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.onpump.scheduler.roster.DepartmentRoster;
import org.optaplanner.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.impl.phase.event.PhaseLifecycleListenerAdapter;
import org.optaplanner.core.impl.phase.scope.AbstractPhaseScope;
import org.optaplanner.core.impl.solver.DefaultSolver;

/**
 * One run of OnPump's solver with a time limit, recording every new best score with the time it was found (the
 * construction heuristic's result included), when the construction heuristic had given every seat its first
 * chance, the score calculation count and the peak heap.
 */
final class SolverRun {

  /** A new best roster, found this many milliseconds into the run. */
  record Best(long millis, HardMediumSoftScore score) {
  }

  /**
   * @param constructedMillis when the construction heuristic ended and local search began (-1: it never did)
   * @param best the best roster at the end
   */
  record Result(List<Best> timeline, long constructedMillis, long spentMillis, HardMediumSoftScore finalScore,
      long scoreCalculations, long scoreCalculationsPerSecond, long peakHeapBytes, DepartmentRoster best) {

    /** The best score at that moment; null when nothing complete was known yet (or the run was shorter). */
    HardMediumSoftScore scoreAt(long millis) {
      if (millis > spentMillis + 1_000) {
        return null;
      }
      HardMediumSoftScore score = null;
      for (Best best : timeline) {
        if (best.millis() <= millis) {
          score = best.score();
        }
      }
      return score;
    }

    /**
     * The first roster with no hard rule broken once every seat has been considered. An empty seat breaks no hard
     * rule (it costs medium), so rosters from before the construction heuristic ended do not count.
     */
    Long firstFeasibleMillis() {
      if (constructedMillis < 0) {
        return null;
      }
      int from = 0;
      for (int i = 0; i < timeline.size(); i++) {
        if (timeline.get(i).millis() <= constructedMillis) {
          from = i;
        }
      }
      return timeline.subList(from, timeline.size()).stream()
          .filter(best -> best.score().isFeasible())
          .map(Best::millis)
          .findFirst()
          .orElse(null);
    }
  }

  private SolverRun() {
  }

  static Result solve(DepartmentRoster problem, Duration limit) {
    @SuppressWarnings("unchecked")
    DefaultSolver<DepartmentRoster> solver =
        (DefaultSolver<DepartmentRoster>) SolverFactory.<DepartmentRoster>create(RosterScoring.solverConfig(limit))
            .buildSolver();
    List<Best> timeline = new CopyOnWriteArrayList<>();
    long[] constructed = {-1};
    solver.addEventListener(event -> timeline.add(
        new Best(event.getTimeMillisSpent(), (HardMediumSoftScore) event.getNewBestScore())));
    solver.addPhaseLifecycleListener(new PhaseLifecycleListenerAdapter<>() {
      private int phases;

      @Override
      public void phaseStarted(AbstractPhaseScope<DepartmentRoster> phase) {
        if (phases++ == 1) {
          constructed[0] = phase.calculateSolverTimeMillisSpentUpToNow();
        }
      }

      /** The construction heuristic fires no best-solution event of its own, not even when it ends. */
      @Override
      public void phaseEnded(AbstractPhaseScope<DepartmentRoster> phase) {
        if (phases == 1) {
          timeline.add(new Best(phase.calculateSolverTimeMillisSpentUpToNow(), phase.getBestScore()));
        }
      }
    });
    HeapPeak.reset();
    DepartmentRoster best = solver.solve(problem);
    long peak = HeapPeak.bytes();
    var scope = solver.getSolverScope();
    return new Result(List.copyOf(timeline), constructed[0], scope.getTimeMillisSpent(), best.getScore(),
        scope.getScoreCalculationCount(), scope.getScoreCalculationSpeed(), peak, best);
  }
}
