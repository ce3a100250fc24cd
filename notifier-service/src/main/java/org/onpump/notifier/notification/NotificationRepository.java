package org.onpump.notifier.notification;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.onpump.shared.event.NotificationRequested;
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

  /** Inserts the notification unless one with its id exists; true when it was new. */
  boolean insertIfAbsent(NotificationRequested request, Channel channel, String address, String subject,
      boolean page) {
    return jdbc.sql("""
            INSERT INTO notification (id, causation_event_id, perfusionist_id, department_id, hospital_id, urgency,
                                      channel, address, subject, message, status, attempts, next_attempt_at,
                                      created_at, page)
            VALUES (:id, :causationEventId, :perfusionistId, :departmentId, :hospitalId, :urgency,
                    :channel, :address, :subject, :message, 'PENDING', 0, now(), now(), :page)
            ON CONFLICT (id) DO NOTHING""")
        .param("id", request.eventId())
        .param("causationEventId", request.causationEventId())
        .param("perfusionistId", request.recipient().perfusionistId())
        .param("departmentId", request.departmentId())
        .param("hospitalId", request.hospitalId())
        .param("urgency", request.urgency().name())
        .param("channel", channel.name())
        .param("address", address)
        .param("subject", subject)
        .param("message", request.message())
        .param("page", page)
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
        Channel.valueOf(row.getString("channel")),
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
