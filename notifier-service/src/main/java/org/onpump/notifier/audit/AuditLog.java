package org.onpump.notifier.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.onpump.notifier.audit.AuditEntry.Action;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Writes and reads the audit; a line is written in the transaction of what it records. */
@Repository
public class AuditLog {

  private final JdbcClient jdbc;

  AuditLog(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Records what happened to a notification; the department, page and person are read from its row. */
  public void notification(UUID notificationId, Action action, String channel, String detail, Instant at) {
    jdbc.sql("""
            INSERT INTO audit_entry (at, department_id, action, page_id, notification_id, perfusionist_id, channel,
                                     detail)
            SELECT :at, department_id, :action, page_id, id, perfusionist_id, :channel, :detail
              FROM notification WHERE id = :id""")
        .param("at", Timestamp.from(at))
        .param("action", action.name())
        .param("id", notificationId)
        .param("channel", channel)
        .param("detail", detail)
        .update();
  }

  /** Records what happened to a page. */
  public void page(String departmentId, UUID pageId, Action action, String perfusionistId, String channel,
      String detail, Instant at) {
    jdbc.sql("""
            INSERT INTO audit_entry (at, department_id, action, page_id, perfusionist_id, channel, detail)
            VALUES (:at, :departmentId, :action, :pageId, :perfusionistId, :channel, :detail)""")
        .param("at", Timestamp.from(at))
        .param("departmentId", departmentId)
        .param("action", action.name())
        .param("pageId", pageId)
        .param("perfusionistId", perfusionistId)
        .param("channel", channel)
        .param("detail", detail)
        .update();
  }

  /** A department's audit in {@code [from, to)}, oldest first, at most {@code limit} lines. */
  public List<AuditEntry> department(String departmentId, Instant from, Instant to, int limit) {
    return jdbc.sql("""
            SELECT * FROM audit_entry WHERE department_id = :departmentId AND at >= :from AND at < :to
             ORDER BY at, id LIMIT :limit""")
        .param("departmentId", departmentId)
        .param("from", Timestamp.from(from))
        .param("to", Timestamp.from(to))
        .param("limit", limit)
        .query((row, n) -> entry(row))
        .list();
  }

  /** Everything that happened to a page and its notifications, oldest first. */
  public List<AuditEntry> page(UUID pageId) {
    return jdbc.sql("SELECT * FROM audit_entry WHERE page_id = :pageId ORDER BY at, id")
        .param("pageId", pageId)
        .query((row, n) -> entry(row))
        .list();
  }

  private static AuditEntry entry(ResultSet row) throws SQLException {
    return new AuditEntry(row.getLong("id"), row.getTimestamp("at").toInstant(), row.getString("department_id"),
        Action.valueOf(row.getString("action")), row.getObject("page_id", UUID.class),
        row.getObject("notification_id", UUID.class), row.getString("perfusionist_id"), row.getString("channel"),
        row.getString("detail"));
  }
}
