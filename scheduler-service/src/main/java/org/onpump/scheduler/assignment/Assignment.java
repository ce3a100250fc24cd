package org.onpump.scheduler.assignment;

import java.time.Instant;
import org.onpump.scheduler.cases.CaseKey;
import org.onpump.scheduler.cases.PumpCase;
import org.onpump.shared.event.AssignmentChanged.AssignmentRole;

/**
 * Who holds one seat of a case (primary, second, student or stand-by), and the plan that was announced with it, so
 * that a moved case is announced again even when its people stay. {@code perfusionistId} null: the seat is unfilled.
 */
public record Assignment(CaseKey caseKey, AssignmentRole role, String perfusionistId, Instant plannedStart,
    int plannedDurationMinutes, String orRoom) {

  public static Assignment of(PumpCase pumpCase, AssignmentRole role, String perfusionistId) {
    return new Assignment(pumpCase.key(), role, perfusionistId, pumpCase.plannedStart(),
        pumpCase.plannedDurationMinutes(), pumpCase.orRoom());
  }

  /** The roster's id of a case seat: {@code <hospitalId>/<caseId>/<role>}. */
  public static String seatId(CaseKey caseKey, AssignmentRole role) {
    return caseKey + "/" + role;
  }

  public String seatId() {
    return seatId(caseKey, role);
  }
}
