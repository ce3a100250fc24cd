package org.onpump.notifier.notification;

import java.time.Instant;
import java.util.UUID;
import org.onpump.shared.event.ContactMethod;
import org.onpump.shared.event.NotificationRequested.Urgency;

/** A notification as a perfusionist's inbox shows it: what was said, how and whether it got there. */
public record Notification(
    UUID notificationId,
    UUID causationEventId,
    String departmentId,
    String hospitalId,
    Urgency urgency,
    ContactMethod.Kind channel,
    String address,
    String subject,
    String message,
    NotificationStatus status,
    int attempts,
    String lastError,
    Instant createdAt,
    Instant sentAt) {}
