package org.onpump.shared.event;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A hospital booked a case (HL7 SIU S12). */
public record CaseScheduled(
    UUID eventId,
    Instant occurredAt,
    String source,
    String hospitalId,
    String departmentId,
    Integer schemaVersion,
    String caseId,
    String procedureType,
    Competency requiredCompetency,
    String orRoom,
    Instant plannedStart,
    Integer plannedDurationMinutes,
    String hospitalTimeZone)
    implements PlannedCase {

  @Override
  public List<FieldViolation> violations() {
    return Checks.plannedCase(this).result();
  }
}
