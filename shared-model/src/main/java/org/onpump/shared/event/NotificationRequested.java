package org.onpump.shared.event;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A request to tell one perfusionist something. Its {@code eventId} is the notification's id: the same request
 * delivered twice is sent once. With a {@code page}, it needs an acknowledgement and escalates until it gets one.
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
    String message,
    PageRequest page)
    implements OnPumpEvent {

  /** A notification that is not a page. */
  public NotificationRequested(UUID eventId, Instant occurredAt, String source, String hospitalId,
      String departmentId, Integer schemaVersion, UUID causationEventId, StaffMember recipient, Urgency urgency,
      String subject, String message) {
    this(eventId, occurredAt, source, hospitalId, departmentId, schemaVersion, causationEventId, recipient, urgency,
        subject, message, null);
  }

  /** Routine notices may wait; pages may not. */
  public enum Urgency {
    ROUTINE,
    URGENT
  }

  /**
   * A person's contact methods are not checked here: one unusable method must never stop a page. The notifier
   * skips it, with the reason in its audit, and tries the next.
   */
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
    if (page != null) {
      checks.required("page.kind", page.kind());
      if (urgency != Urgency.URGENT) {
        checks.add("urgency", "must be URGENT for a page");
      }
      for (int i = 0; i < page.escalation().size(); i++) {
        PageRequest.Escalation step = page.escalation().get(i);
        String field = "page.escalation[" + i + "]";
        checks.required(field + ".role", step == null ? null : step.role());
        checks.required(field + ".person", step == null ? null : step.person());
        if (step != null && step.person() != null) {
          checks.code(field + ".person.perfusionistId", step.person().perfusionistId());
        }
      }
    }
    return checks.result();
  }
}
