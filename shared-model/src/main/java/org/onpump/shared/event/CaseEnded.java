package org.onpump.shared.event;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The case is over: the OR system reports when it actually started and ended. */
public record CaseEnded(
    UUID eventId,
    Instant occurredAt,
    String source,
    String hospitalId,
    String departmentId,
    Integer schemaVersion,
    String caseId,
    Instant startedAt,
    Instant endedAt)
    implements CaseEvent {

  @Override
  public List<FieldViolation> violations() {
    return Checks.envelope(this)
        .code("caseId", caseId)
        .instant("startedAt", startedAt)
        .instant("endedAt", endedAt)
        .notBefore("endedAt", endedAt, "startedAt", startedAt)
        .result();
  }
}
