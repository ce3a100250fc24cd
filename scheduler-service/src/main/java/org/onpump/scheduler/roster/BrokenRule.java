package org.onpump.scheduler.roster;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import org.optaplanner.core.api.score.ScoreExplanation;
import org.optaplanner.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import org.optaplanner.core.api.score.constraint.ConstraintMatch;

/**
 * One hard rule a roster breaks, as a manager reads it: the rule, the seat and the person it concerns, and why.
 *
 * @param seatId the first seat the rule names (null when it names none)
 */
public record BrokenRule(String rule, String seatId, String perfusionistId, String reason) {

  /** Every hard-rule match of a scored roster, one per seat named. */
  public static List<BrokenRule> in(ScoreExplanation<DepartmentRoster, HardMediumSoftScore> explanation) {
    List<BrokenRule> broken = new ArrayList<>();
    for (var total : explanation.getConstraintMatchTotalMap().values()) {
      if (total.getScore().hardScore() >= 0) {
        continue;
      }
      for (ConstraintMatch<HardMediumSoftScore> match : total.getConstraintMatchSet()) {
        if (match.getScore().hardScore() >= 0) {
          continue;
        }
        if (match.getJustification() instanceof RuleMatch rule) {
          List<String> seats = rule.seatIds().isEmpty() ? Collections.singletonList(null) : rule.seatIds();
          for (String seat : seats) {
            broken.add(new BrokenRule(total.getConstraintName(), seat, rule.perfusionistId(), rule.detail()));
          }
        } else {
          broken.add(new BrokenRule(total.getConstraintName(), null, null, String.valueOf(match.getJustification())));
        }
      }
    }
    return broken;
  }

  /**
   * Lifts the pins of every seat that has not begun, so that a manager's pin (or a hand edit's, or a swap's) never
   * hides a broken rule from a judgement: only work that has started keeps its pin, being what happens.
   */
  public static void liftPinsNotBegun(DepartmentRoster roster, Instant now) {
    int minute = Minutes.of(now);
    roster.getSeats().stream().filter(seat -> seat.getStart() > minute).forEach(seat -> seat.setPinned(false));
  }

  /** Those of {@code after} that {@code before} did not have: what a change would break. */
  public static List<BrokenRule> newIn(Collection<BrokenRule> before, Collection<BrokenRule> after) {
    return after.stream().filter(rule -> !before.contains(rule)).distinct().toList();
  }
}
