package org.onpump.notifier.notification;

import java.time.Clock;
import java.util.List;
import org.onpump.shared.event.FieldViolation;
import org.onpump.shared.event.NotificationRequested;
import org.onpump.shared.event.NotificationRequested.Urgency;
import org.onpump.shared.json.InvalidEventException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Records each notification once, for the delivery to send through the person's contact methods. A request's id
 * is the notification's id, so a redelivered request changes nothing. Routine notices wait out quiet hours.
 */
@Service
public class NotificationRecorder {

  /** Every subject line starts with this, so that perfusionists can filter OnPump mail. */
  public static final String SUBJECT_PREFIX = "OnPump: ";

  private static final Logger log = LoggerFactory.getLogger(NotificationRecorder.class);

  private final NotificationRepository repository;
  private final QuietHours quietHours;
  private final Clock clock;

  NotificationRecorder(NotificationRepository repository, QuietHours quietHours, Clock clock) {
    this.repository = repository;
    this.quietHours = quietHours;
    this.clock = clock;
  }

  /**
   * Records a request another service sent that is not a page; an urgent one still goes before routine notices.
   * True when it is new, false when it was recorded before.
   */
  public boolean record(NotificationRequested request) {
    return record(request, request.urgency() == Urgency.URGENT);
  }

  /** Records a notice worded here (an assignment change); never a page, however urgent. */
  public boolean recordNotice(NotificationRequested notice) {
    return record(notice, false);
  }

  private boolean record(NotificationRequested request, boolean page) {
    List<FieldViolation> violations = request.violations();
    if (!violations.isEmpty()) {
      throw new InvalidEventException(violations);
    }
    boolean urgent = request.urgency() == Urgency.URGENT;
    NewNotification notification = new NewNotification(request.eventId(), request.causationEventId(),
        request.recipient().perfusionistId(), request.departmentId(), request.hospitalId(), request.urgency(),
        request.recipient().methodsFor(urgent), subjectLine(request.subject()), request.message(), page, null, null,
        urgent ? null : quietHours.releaseOf(clock.instant()));
    return enqueue(notification);
  }

  /** Records a notification worded elsewhere in the notifier (a page's); true when it is new. */
  public boolean enqueue(NewNotification notification) {
    boolean recorded = repository.insertIfAbsent(notification);
    if (recorded) {
      log.info("Notification {} for {} recorded (cause {}{})", notification.id(), notification.perfusionistId(),
          notification.causationEventId(), notification.notBefore() == null ? ""
              : ", held for quiet hours until " + notification.notBefore());
    } else {
      log.info("Notification {} was recorded before; nothing to do", notification.id());
    }
    return recorded;
  }

  /** One line (no header injection), prefixed once. */
  public static String subjectLine(String subject) {
    String line = subject.replaceAll("[\\r\\n]+", " ").strip();
    return line.startsWith(SUBJECT_PREFIX) ? line : SUBJECT_PREFIX + line;
  }
}
