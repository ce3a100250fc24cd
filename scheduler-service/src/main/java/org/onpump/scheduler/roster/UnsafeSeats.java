package org.onpump.scheduler.roster;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.optaplanner.core.api.score.ScoreExplanation;
import org.optaplanner.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import org.optaplanner.core.api.score.constraint.ConstraintMatch;
import org.optaplanner.core.api.solver.SolutionManager;

/**
 * The last safety net between the solver and the stored roster: when a solve ends with a hard rule broken (it was
 * cut short, say), every seat the broken rules name is emptied, so the seat is announced as unfilled rather than
 * given to someone who must not hold it. Pinned seats are what happens in the OR and are left alone.
 */
final class UnsafeSeats {

  private final SolutionManager<DepartmentRoster, HardMediumSoftScore> solutionManager;

  UnsafeSeats(SolutionManager<DepartmentRoster, HardMediumSoftScore> solutionManager) {
    this.solutionManager = solutionManager;
  }

  /** Empties the seats that break a hard rule and rescores the roster; returns how many it emptied. */
  int release(DepartmentRoster roster) {
    Map<String, Seat> seats = roster.getSeats().stream().collect(Collectors.toMap(Seat::getId, Function.identity()));
    ScoreExplanation<DepartmentRoster, HardMediumSoftScore> explanation = solutionManager.explain(roster);
    int released = 0;
    for (var total : explanation.getConstraintMatchTotalMap().values()) {
      if (total.getScore().hardScore() >= 0) {
        continue;
      }
      for (ConstraintMatch<HardMediumSoftScore> match : total.getConstraintMatchSet()) {
        if (!(match.getJustification() instanceof RuleMatch rule)) {
          continue;
        }
        for (String seatId : rule.seatIds()) {
          Seat seat = seats.get(seatId);
          if (!seat.isPinned() && seat.getPerfusionist() != null) {
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
