package org.onpump.notifier.delivery;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
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
  List<PendingEmail> claimDue(int limit, Duration lease) {
    return claim("", limit, lease);
  }

  /** Claims up to {@code limit} due urgent notifications only, pages first, for {@code lease}. */
  List<PendingEmail> claimDueUrgent(int limit, Duration lease) {
    return claim("AND urgency = 'URGENT'", limit, lease);
  }

  private List<PendingEmail> claim(String onlyThese, int limit, Duration lease) {
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
              RETURNING id, address, subject, message, attempts, urgency, page, created_at)
            SELECT id, address, subject, message, attempts FROM claimed
             ORDER BY urgency = 'URGENT' DESC, page DESC, created_at""".formatted(onlyThese))
        .param("leaseMillis", lease.toMillis())
        .param("limit", limit)
        .param("token", token)
        .query((row, n) -> new PendingEmail(row.getObject("id", UUID.class), token, row.getString("address"),
            row.getString("subject"), row.getString("message"), row.getInt("attempts")))
        .list();
  }

  /**
   * Renews the lease just before sending; false when the claim was lost (the lease ran out while earlier rows of
   * the batch were sent and another dispatcher took the row), and then this dispatcher must not send it.
   */
  boolean renew(PendingEmail email, Duration lease) {
    return jdbc.sql("""
            UPDATE notification SET next_attempt_at = now() + :leaseMillis * interval '1 millisecond'
             WHERE id = :id AND claim_token = :token AND status = 'PENDING'""")
        .param("leaseMillis", lease.toMillis())
        .param("id", email.notificationId())
        .param("token", email.claimToken())
        .update() == 1;
  }

  void markSent(UUID notificationId) {
    jdbc.sql("""
            UPDATE notification SET status = 'SENT', sent_at = now(), attempts = attempts + 1, last_error = NULL
             WHERE id = :id AND status = 'PENDING'""")
        .param("id", notificationId)
        .update();
  }

  void scheduleRetry(UUID notificationId, String error, Duration delay) {
    jdbc.sql("""
            UPDATE notification
               SET attempts = attempts + 1, last_error = :error,
                   next_attempt_at = now() + :delayMillis * interval '1 millisecond'
             WHERE id = :id AND status = 'PENDING'""")
        .param("id", notificationId)
        .param("error", error)
        .param("delayMillis", delay.toMillis())
        .update();
  }

  void markFailed(UUID notificationId, String error) {
    jdbc.sql("""
            UPDATE notification SET status = 'FAILED', attempts = attempts + 1, last_error = :error
             WHERE id = :id AND status = 'PENDING'""")
        .param("id", notificationId)
        .param("error", error)
        .update();
  }
}
