package org.onpump.scheduler.assignment;

import java.time.Instant;
import org.onpump.scheduler.cases.CaseStatus;
import org.onpump.shared.event.AssignmentChanged.AssignmentRole;
import org.onpump.shared.event.Competency;

/**
 * One seat of a case on a department's roster as the API shows it. {@code perfusionistId} null: the seat is unfilled;
 * {@code role} and {@code seatId} null: no solve has reached the case yet. The seat id names the seat in the
 * explanation API. A pinned seat keeps its holder whatever happens. {@code timeZone}: the hospital's, for showing
 * times as the OR sees them.
 */
public record AssignmentView(
    String seatId,
    String caseId,
    String hospitalId,
    String timeZone,
    String orRoom,
    String procedureType,
    Competency requiredCompetency,
    Instant plannedStart,
    Instant plannedEnd,
    CaseStatus status,
    AssignmentRole role,
    String perfusionistId,
    String perfusionistName,
    boolean pinned,
    Instant updatedAt) {}
