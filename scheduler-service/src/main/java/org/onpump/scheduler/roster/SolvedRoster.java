package org.onpump.scheduler.roster;

import java.util.Collections;
import java.util.Map;
import org.onpump.scheduler.cases.CaseKey;
import org.onpump.scheduler.staff.Perfusionist;
import org.optaplanner.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;

/**
 * The solver's answer for one department: the primary perfusionist of each planned case (null: nobody could be
 * found) and the score, whose hard part says whether the roster may be stored at all.
 */
public record SolvedRoster(Map<CaseKey, Perfusionist> primaries, HardMediumSoftScore score) {

  public SolvedRoster {
    primaries = Collections.unmodifiableMap(primaries);
  }

  /** No hard rule broken: safe to store and announce. */
  public boolean isFeasible() {
    return score != null && score.isFeasible();
  }
}
