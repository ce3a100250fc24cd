package org.onpump.shared.event;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A request to tell one perfusionist something. Its {@code eventId} is the notification's id: the same request
 * delivered twice is sent once.
 */
public record NotificationRequested(
    UUID eventId,
    Instant occurredAt,
    String source,
    String hospitalId,
    String departmentId,
    Integer schemaVersion,
    UUID causationEventId,
    StaffMember recipient,
    Urgency urgency,
    String subject,
    String message)
    implements OnPumpEvent {

  /** Routine notices may wait; pages may not. */
  public enum Urgency {
    ROUTINE,
    URGENT
  }

  @Override
  public List<FieldViolation> violations() {
    Checks checks = Checks.envelope(this)
        .required("causationEventId", causationEventId)
        .required("recipient", recipient)
        .required("urgency", urgency)
        .required("subject", subject)
        .required("message", message);
    if (recipient != null) {
      checks.code("recipient.perfusionistId", recipient.perfusionistId());
    }
    return checks.result();
  }
}
