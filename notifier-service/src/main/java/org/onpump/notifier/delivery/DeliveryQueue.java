package org.onpump.notifier.delivery;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.onpump.notifier.notification.ContactMethodsJson;
import org.onpump.shared.event.ContactMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The delivery state of the notification table. Claiming moves {@code next_attempt_at} past a lease, on rows
 * locked with {@code FOR UPDATE SKIP LOCKED}: several notifier instances never claim the same notification.
 */
@Repository
class DeliveryQueue {

  private final JdbcClient jdbc;

  DeliveryQueue(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Claims up to {@code limit} due notifications, urgent ones first, for {@code lease}. */
  List<PendingDelivery> claimDue(int limit, Duration lease) {
    return claim("", limit, lease);
  }

  /** Claims up to {@code limit} due urgent notifications only, pages first, for {@code lease}. */
  List<PendingDelivery> claimDueUrgent(int limit, Duration lease) {
    return claim("AND urgency = 'URGENT'", limit, lease);
  }

  private List<PendingDelivery> claim(String onlyThese, int limit, Duration lease) {
    UUID token = UUID.randomUUID();
    // UPDATE ... RETURNING comes in no particular order: the claimed rows are sorted again, to be sent in turn.
    return jdbc.sql("""
            WITH claimed AS (
              UPDATE notification
                 SET next_attempt_at = now() + :leaseMillis * interval '1 millisecond', claim_token = :token
               WHERE id IN (SELECT id FROM notification
                             WHERE status = 'PENDING' AND next_attempt_at <= now() %s
                             ORDER BY urgency = 'URGENT' DESC, page DESC, next_attempt_at
                             LIMIT :limit
                             FOR UPDATE SKIP LOCKED)
              RETURNING id, channel, address, subject, message, urgency, page, ack_url, contact_methods,
                        method_index, method_attempts, created_at)
            SELECT * FROM claimed ORDER BY urgency = 'URGENT' DESC, page DESC, created_at""".formatted(onlyThese))
        .param("leaseMillis", lease.toMillis())
        .param("limit", limit)
        .param("token", token)
        .query((row, n) -> new PendingDelivery(row.getObject("id", UUID.class), token,
            ContactMethod.Kind.valueOf(row.getString("channel")), row.getString("address"), row.getString("subject"),
            row.getString("message"), "URGENT".equals(row.getString("urgency")), row.getBoolean("page"),
            row.getString("ack_url"), ContactMethodsJson.read(row.getString("contact_methods")),
            row.getInt("method_index"), row.getInt("method_attempts")))
        .list();
  }

  /**
   * Renews the lease just before sending; false when the claim was lost (the lease ran out while earlier rows of
   * the batch were sent and another dispatcher took the row), and then this dispatcher must not send it.
   */
  boolean renew(PendingDelivery delivery, Duration lease) {
    return jdbc.sql("""
            UPDATE notification SET next_attempt_at = now() + :leaseMillis * interval '1 millisecond'
             WHERE id = :id AND claim_token = :token AND status = 'PENDING'""")
        .param("leaseMillis", lease.toMillis())
        .param("id", delivery.notificationId())
        .param("token", delivery.claimToken())
        .update() == 1;
  }

  /** SENT, with its audit line, in one statement: the channel took it. */
  void markSent(UUID notificationId) {
    settle("""
            UPDATE notification SET status = 'SENT', sent_at = now(), attempts = attempts + 1,
                                    method_attempts = method_attempts + 1, last_error = NULL
             WHERE id = :id AND status = 'PENDING'""", notificationId, "DELIVERED", null);
  }

  /** Another try on the same method after {@code delay}. */
  void scheduleRetry(UUID notificationId, String error, Duration delay) {
    jdbc.sql("""
            WITH failed AS (
              UPDATE notification
                 SET attempts = attempts + 1, method_attempts = method_attempts + 1, last_error = :error,
                     next_attempt_at = now() + :delayMillis * interval '1 millisecond'
               WHERE id = :id AND status = 'PENDING'
              RETURNING *)
            %s""".formatted(audit("ATTEMPT_FAILED", "failed", "channel")))
        .param("id", notificationId)
        .param("error", error)
        .param("detail", error + "; next try in " + delay.toMillis() + " ms")
        .param("delayMillis", delay.toMillis())
        .update();
  }

  /** The person's next contact method, at once; the audit says why the last one was left. */
  void fallBack(UUID notificationId, ContactMethod.Kind failed, ContactMethod next, String error) {
    jdbc.sql("""
            WITH moved AS (
              UPDATE notification
                 SET attempts = attempts + 1, method_index = method_index + 1, method_attempts = 0,
                     channel = :channel, address = :address, last_error = :error, next_attempt_at = now()
               WHERE id = :id AND status = 'PENDING'
              RETURNING *)
            %s""".formatted(audit("FELL_BACK", "moved", ":failedChannel")))
        .param("id", notificationId)
        .param("channel", next.kind().name())
        .param("failedChannel", failed.name())
        .param("address", next.address())
        .param("error", error)
        .param("detail", error + "; trying " + next.kind() + " next")
        .update();
  }

  void markFailed(UUID notificationId, String error) {
    settle("""
            UPDATE notification SET status = 'FAILED', attempts = attempts + 1,
                                    method_attempts = method_attempts + 1, last_error = :error
             WHERE id = :id AND status = 'PENDING'""", notificationId, "GAVE_UP", error);
  }

  private void settle(String update, UUID notificationId, String action, String error) {
    jdbc.sql("WITH settled AS (" + update + " RETURNING *) " + audit(action, "settled", "channel"))
        .param("id", notificationId)
        .param("error", error)
        .param("detail", error)
        .update();
  }

  /**
   * The audit line of the notification row {@code source} returned, written in the same statement, with the
   * channel {@code channel} names (a column of the row, or the parameter of the channel that failed).
   */
  private static String audit(String action, String source, String channel) {
    return """
        INSERT INTO audit_entry (at, department_id, action, page_id, notification_id, perfusionist_id, channel,
                                 detail)
        SELECT now(), department_id, '%s', page_id, id, perfusionist_id, %s, :detail FROM %s"""
        .formatted(action, channel, source);
  }
}
