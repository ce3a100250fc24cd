package org.onpump.notifier.audit;

import java.time.Instant;
import java.util.UUID;

/**
 * One line of the delivery audit: what happened, when, for which department, page, notification and person, on
 * which channel, and the detail (the error, the step, who acknowledged through what).
 */
public record AuditEntry(long id, Instant at, String departmentId, Action action, UUID pageId, UUID notificationId,
    String perfusionistId, String channel, String detail) {

  /** What can happen to a notification or a page. */
  public enum Action {
    PAGE_OPENED,
    DELIVERED,
    ATTEMPT_FAILED,
    FELL_BACK,
    GAVE_UP,
    ESCALATED,
    STEP_SKIPPED,
    STEP_FAILED,
    ACKNOWLEDGED,
    ACK_REFUSED
  }
}
