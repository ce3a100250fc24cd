package org.onpump.scheduler.assignment;

import java.time.Instant;
import org.onpump.scheduler.cases.CaseStatus;
import org.onpump.shared.event.AssignmentChanged.AssignmentRole;
import org.onpump.shared.event.Competency;

/** One case of a department's roster as the API shows it. {@code perfusionistId} null: the case is unfilled. */
public record AssignmentView(
    String caseId,
    String hospitalId,
    String orRoom,
    String procedureType,
    Competency requiredCompetency,
    Instant plannedStart,
    Instant plannedEnd,
    CaseStatus status,
    AssignmentRole role,
    String perfusionistId,
    String perfusionistName,
    Instant updatedAt) {}
