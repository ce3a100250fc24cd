package org.onpump.shared.event;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A hospital cancelled or deleted a booked case (HL7 SIU S15, S17). */
public record CaseCancelled(
    UUID eventId,
    Instant occurredAt,
    String source,
    String hospitalId,
    String departmentId,
    Integer schemaVersion,
    String caseId)
    implements CaseEvent {

  @Override
  public List<FieldViolation> violations() {
    return Checks.envelope(this).code("caseId", caseId).result();
  }
}
