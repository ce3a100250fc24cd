package org.onpump.notifier.notification;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.onpump.shared.event.ContactMethod;
import org.onpump.shared.event.NotificationRequested.Urgency;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The notification table: recording requests once, and reading a perfusionist's notifications. */
@Repository
class NotificationRepository {

  private final JdbcClient jdbc;

  NotificationRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Inserts the notification unless one with its id exists, on its first contact method (email with no address
   * when it has none, which the delivery then fails with the reason); true when it was new.
   */
  boolean insertIfAbsent(NewNotification notification) {
    ContactMethod first = notification.methods().isEmpty() ? null : notification.methods().get(0);
    return jdbc.sql("""
            INSERT INTO notification (id, causation_event_id, perfusionist_id, department_id, hospital_id, urgency,
                                      channel, address, subject, message, status, attempts, next_attempt_at,
                                      created_at, page, contact_methods, page_id, ack_url)
            VALUES (:id, :causationEventId, :perfusionistId, :departmentId, :hospitalId, :urgency,
                    :channel, :address, :subject, :message, 'PENDING', 0,
                    coalesce(CAST(:notBefore AS timestamptz), now()), now(), :page, CAST(:methods AS jsonb),
                    :pageId, :ackUrl)
            ON CONFLICT (id) DO NOTHING""")
        .param("id", notification.id())
        .param("causationEventId", notification.causationEventId())
        .param("perfusionistId", notification.perfusionistId())
        .param("departmentId", notification.departmentId())
        .param("hospitalId", notification.hospitalId())
        .param("urgency", notification.urgency().name())
        .param("channel", first == null ? ContactMethod.Kind.EMAIL.name() : first.kind().name())
        .param("address", first == null ? null : first.address())
        .param("subject", notification.subject())
        .param("message", notification.message())
        .param("page", notification.page())
        .param("notBefore", notification.notBefore() == null ? null
            : Timestamp.from(notification.notBefore()), Types.TIMESTAMP_WITH_TIMEZONE)
        .param("methods", ContactMethodsJson.write(notification.methods()))
        .param("pageId", notification.pageId())
        .param("ackUrl", notification.ackUrl())
        .update() == 1;
  }

  /** The perfusionist's notifications, newest first. */
  List<Notification> findByPerfusionist(String perfusionistId, int limit) {
    return jdbc.sql("""
            SELECT id, causation_event_id, department_id, hospital_id, urgency, channel, address, subject, message,
                   status, attempts, last_error, created_at, sent_at
            FROM notification
            WHERE perfusionist_id = :perfusionistId
            ORDER BY created_at DESC, id
            LIMIT :limit""")
        .param("perfusionistId", perfusionistId)
        .param("limit", limit)
        .query(NotificationRepository::notification)
        .list();
  }

  private static Notification notification(ResultSet row, int rowNum) throws SQLException {
    return new Notification(
        row.getObject("id", UUID.class),
        row.getObject("causation_event_id", UUID.class),
        row.getString("department_id"),
        row.getString("hospital_id"),
        Urgency.valueOf(row.getString("urgency")),
        ContactMethod.Kind.valueOf(row.getString("channel")),
        row.getString("address"),
        row.getString("subject"),
        row.getString("message"),
        NotificationStatus.valueOf(row.getString("status")),
        row.getInt("attempts"),
        row.getString("last_error"),
        instant(row.getTimestamp("created_at")),
        instant(row.getTimestamp("sent_at")));
  }

  private static Instant instant(Timestamp timestamp) {
    return timestamp == null ? null : timestamp.toInstant();
  }
}
