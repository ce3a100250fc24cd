package org.onpump.notifier.notification;

/** How far a notification's delivery got. */
public enum NotificationStatus {
  /** Waiting to be sent, or to be retried after a failed attempt. */
  PENDING,
  SENT,
  /** Given up on: the reason is in {@code lastError}. */
  FAILED,
  /** A page's notification not sent yet when someone acknowledged the page: no longer needed. */
  CANCELLED
}
