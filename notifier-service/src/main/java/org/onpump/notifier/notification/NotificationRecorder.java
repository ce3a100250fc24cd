package org.onpump.notifier.notification;

import java.util.List;
import org.onpump.shared.event.FieldViolation;
import org.onpump.shared.event.NotificationRequested;
import org.onpump.shared.json.InvalidEventException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Records each requested notification once, for the delivery to send. The request's id is the notification's id,
 * so a redelivered request changes nothing.
 */
@Service
public class NotificationRecorder {

  /** Every subject line starts with this, so that perfusionists can filter OnPump mail. */
  public static final String SUBJECT_PREFIX = "OnPump: ";

  private static final Logger log = LoggerFactory.getLogger(NotificationRecorder.class);

  private final NotificationRepository repository;

  NotificationRecorder(NotificationRepository repository) {
    this.repository = repository;
  }

  /**
   * Records a request another service sent; an urgent one is a page, sent before any other urgent notification.
   * True when it is new, false when it was recorded before.
   */
  public boolean record(NotificationRequested request) {
    return record(request, request.urgency() == NotificationRequested.Urgency.URGENT);
  }

  /** Records a notice worded here (an assignment change); never a page, however urgent. */
  boolean recordNotice(NotificationRequested notice) {
    return record(notice, false);
  }

  private boolean record(NotificationRequested request, boolean page) {
    List<FieldViolation> violations = request.violations();
    if (!violations.isEmpty()) {
      throw new InvalidEventException(violations);
    }
    boolean recorded = repository.insertIfAbsent(
        request, Channel.EMAIL, request.recipient().email(), subjectLine(request.subject()), page);
    if (recorded) {
      log.info("Notification {} for {} recorded (cause {})",
          request.eventId(), request.recipient().perfusionistId(), request.causationEventId());
    } else {
      log.info("Notification {} was recorded before; nothing to do", request.eventId());
    }
    return recorded;
  }

  /** One line (no header injection), prefixed once. */
  static String subjectLine(String subject) {
    String line = subject.replaceAll("[\\r\\n]+", " ").strip();
    return line.startsWith(SUBJECT_PREFIX) ? line : SUBJECT_PREFIX + line;
  }
}
