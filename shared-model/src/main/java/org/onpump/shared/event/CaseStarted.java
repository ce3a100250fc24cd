package org.onpump.shared.event;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The case began in the OR; from now on its team does not move. */
public record CaseStarted(
    UUID eventId,
    Instant occurredAt,
    String source,
    String hospitalId,
    String departmentId,
    Integer schemaVersion,
    String caseId,
    Instant startedAt)
    implements CaseEvent {

  @Override
  public List<FieldViolation> violations() {
    return Checks.envelope(this).code("caseId", caseId).instant("startedAt", startedAt).result();
  }
}
