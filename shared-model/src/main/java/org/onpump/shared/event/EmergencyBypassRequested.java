package org.onpump.shared.event;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A patient needs a pump now ("crash on pump", emergency ECMO cannulation). The case starts when it is requested
 * ({@code occurredAt}) and is expected to last {@code expectedDurationMinutes}.
 */
public record EmergencyBypassRequested(
    UUID eventId,
    Instant occurredAt,
    String source,
    String hospitalId,
    String departmentId,
    Integer schemaVersion,
    String caseId,
    String procedureType,
    Competency requiredCompetency,
    String location,
    Integer expectedDurationMinutes,
    String hospitalTimeZone)
    implements CaseEvent {

  @Override
  public List<FieldViolation> violations() {
    return Checks.envelope(this)
        .code("caseId", caseId)
        .code("procedureType", procedureType)
        .required("requiredCompetency", requiredCompetency)
        .code("location", location)
        .minutes("expectedDurationMinutes", expectedDurationMinutes, PlannedCase.MAX_DURATION_MINUTES)
        .timeZone("hospitalTimeZone", hospitalTimeZone)
        .result();
  }
}
