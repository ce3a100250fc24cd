package org.onpump.scheduler.roster;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import org.onpump.scheduler.staff.Perfusionist;
import org.optaplanner.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;

/**
 * The solver's answer for one department: who holds each seat, by seat id (null: nobody could be found), and the
 * score, whose hard part says whether the roster may be stored at all.
 */
public record SolvedRoster(Map<String, Perfusionist> holders, HardMediumSoftScore score) {

  public SolvedRoster {
    holders = Collections.unmodifiableMap(holders);
  }

  static SolvedRoster of(DepartmentRoster roster) {
    Map<String, Perfusionist> holders = new HashMap<>();
    roster.getSeats().forEach(seat -> holders.put(seat.getId(), seat.getPerfusionist()));
    return new SolvedRoster(holders, roster.getScore());
  }

  /** No hard rule broken: safe to store and announce. */
  public boolean isFeasible() {
    return score != null && score.isFeasible();
  }
}
