package org.onpump.scheduler.roster;

import java.util.Arrays;
import java.util.List;
import org.onpump.scheduler.staff.Perfusionist;
import org.optaplanner.core.api.score.stream.ConstraintJustification;

/**
 * Why one rule matched: whose roster it concerns (null for a seat nobody holds) and which seats, so a score can be
 * explained by rule, by person and by assignment.
 */
public record RuleMatch(String perfusionistId, List<String> seatIds, String detail)
    implements ConstraintJustification {

  static RuleMatch of(Perfusionist perfusionist, String detail, Seat... seats) {
    return new RuleMatch(perfusionist == null ? null : perfusionist.id(),
        Arrays.stream(seats).map(Seat::getId).toList(), detail);
  }

  static RuleMatch of(Perfusionist perfusionist, String detail) {
    return new RuleMatch(perfusionist == null ? null : perfusionist.id(), List.of(), detail);
  }
}
