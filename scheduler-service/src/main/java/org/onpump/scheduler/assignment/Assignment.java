package org.onpump.scheduler.assignment;

import java.time.Instant;
import org.onpump.scheduler.cases.CaseKey;
import org.onpump.scheduler.cases.PumpCase;

/**
 * Who holds the primary seat of a case, and the plan that was announced with it, so that a moved case is
 * announced again even when its perfusionist stays. {@code perfusionistId} null: the case is unfilled.
 */
public record Assignment(
    CaseKey caseKey, String perfusionistId, Instant plannedStart, int plannedDurationMinutes, String orRoom) {

  public static Assignment of(PumpCase pumpCase, String perfusionistId) {
    return new Assignment(pumpCase.key(), perfusionistId, pumpCase.plannedStart(),
        pumpCase.plannedDurationMinutes(), pumpCase.orRoom());
  }
}
