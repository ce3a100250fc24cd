package org.onpump.scheduler.roster;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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

  /**
   * Empties the seats that break a hard rule and rescores the roster; returns how many it emptied and the rules
   * they broke (with how many times, from the explanations it made anyway).
   */
  Released release(DepartmentRoster roster) {
    // Emptying a CCP's seat can leave a student alone: release again until safe or nothing more can be emptied.
    Map<String, Integer> broken = new TreeMap<>();
    int released = 0;
    int round;
    do {
      round = releaseOnce(roster, broken);
      released += round;
    } while (round > 0 && !roster.getScore().isFeasible());
    return new Released(released, broken);
  }

  private int releaseOnce(DepartmentRoster roster, Map<String, Integer> broken) {
    Map<String, Seat> seats = roster.getSeats().stream().collect(Collectors.toMap(Seat::getId, Function.identity()));
    ScoreExplanation<DepartmentRoster, HardMediumSoftScore> explanation = solutionManager.explain(roster);
    int released = 0;
    for (var total : explanation.getConstraintMatchTotalMap().values()) {
      if (total.getScore().hardScore() >= 0) {
        continue;
      }
      broken.merge(total.getConstraintName(), total.getConstraintMatchCount(), Integer::sum);
      for (ConstraintMatch<HardMediumSoftScore> match : total.getConstraintMatchSet()) {
        List<Seat> named = new ArrayList<>();
        if (match.getJustification() instanceof RuleMatch rule) {
          rule.seatIds().forEach(id -> named.add(seats.get(id)));
        }
        for (Object indicted : match.getIndictedObjectList()) {
          if (indicted instanceof PumpMoment moment) {
            named.addAll(lastStarted(roster, moment));
          }
        }
        for (Seat seat : named) {
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

  /** N + 1: the unpinned work that started last at that moment, as many seats as there are people short. */
  private static List<Seat> lastStarted(DepartmentRoster roster, PumpMoment moment) {
    List<Seat> running = roster.getSeats().stream()
        .filter(seat -> seat.getPerfusionist() != null && seat.getCoveredMoments().contains(moment))
        .toList();
    return running.stream().filter(seat -> !seat.isPinned())
        .sorted(Comparator.comparingInt(Seat::getStart).reversed().thenComparing(Seat::getId))
        .limit(Math.max(0, moment.shortfall(running.size())))
        .toList();
  }

  /** What a release emptied, and the hard rules behind it. */
  record Released(int seats, Map<String, Integer> brokenRules) {}
}
