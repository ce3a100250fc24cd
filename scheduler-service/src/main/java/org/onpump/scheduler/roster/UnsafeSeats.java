package org.onpump.scheduler.roster;

import org.optaplanner.core.api.score.ScoreExplanation;
import org.optaplanner.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import org.optaplanner.core.api.score.constraint.ConstraintMatch;
import org.optaplanner.core.api.solver.SolutionManager;

/**
 * The last safety net between the solver and the stored roster: when a solve ends with a hard rule broken (it was
 * cut short, say), every seat the broken rules name is emptied, so the case is announced as unfilled rather than
 * given to someone who must not run it. Pinned (started) seats are what happens in the OR and are left alone.
 */
final class UnsafeSeats {

  private final SolutionManager<DepartmentRoster, HardMediumSoftScore> solutionManager;

  UnsafeSeats(SolutionManager<DepartmentRoster, HardMediumSoftScore> solutionManager) {
    this.solutionManager = solutionManager;
  }

  /** Empties the seats that break a hard rule and rescores the roster; returns how many it emptied. */
  int release(DepartmentRoster roster) {
    ScoreExplanation<DepartmentRoster, HardMediumSoftScore> explanation = solutionManager.explain(roster);
    int released = 0;
    for (var total : explanation.getConstraintMatchTotalMap().values()) {
      if (total.getScore().hardScore() >= 0) {
        continue;
      }
      for (ConstraintMatch<HardMediumSoftScore> match : total.getConstraintMatchSet()) {
        for (Object indicted : match.getIndictedObjectList()) {
          if (indicted instanceof CaseSeat seat && !seat.isPinned() && seat.getPerfusionist() != null) {
            seat.setPerfusionist(null);
            released++;
          }
        }
      }
    }
    solutionManager.update(roster);
    return released;
  }
}
