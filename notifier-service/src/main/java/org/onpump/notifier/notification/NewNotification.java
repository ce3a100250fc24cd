package org.onpump.notifier.notification;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.onpump.shared.event.ContactMethod;
import org.onpump.shared.event.NotificationRequested.Urgency;

/**
 * A notification to record for delivery: to whom, through which contact methods in order, what to say, and, for a
 * page's notification, the page and the person's acknowledgement link.
 *
 * @param page whether it goes before every other urgent notification
 * @param notBefore when it may first be sent (quiet hours); null: at once
 */
public record NewNotification(UUID id, UUID causationEventId, String perfusionistId, String departmentId,
    String hospitalId, Urgency urgency, List<ContactMethod> methods, String subject, String message, boolean page,
    UUID pageId, String ackUrl, Instant notBefore) {

  public NewNotification {
    methods = List.copyOf(methods);
  }
}
