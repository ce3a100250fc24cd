package org.onpump.scheduler.audit;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.onpump.shared.security.Caller;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The audit trail of the workflow: who published, edited, pinned, approved or declined what. Written in the
 * transaction of the change it records, so a change and its audit line stand or fall together.
 */
@Repository
public class WorkflowAudit {

  private final JdbcClient jdbc;

  WorkflowAudit(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * @param action what was done, in capitals ({@code PUBLISHED}, {@code SEAT_EDITED}, ...)
   * @param subject what it was done to (a seat id, a request id, a version)
   * @param detail anything else worth knowing; never patient data
   */
  public void record(Caller actor, String departmentId, String action, String subject, String detail, Instant at) {
    jdbc.sql("""
        INSERT INTO workflow_audit (department_id, actor, action, subject, detail, at)
        VALUES (:department, :actor, :action, :subject, :detail, :at)""")
        .param("department", departmentId).param("actor", actor.subject()).param("action", action)
        .param("subject", subject).param("detail", detail).param("at", Timestamp.from(at)).update();
  }

  /** The department's newest lines first, at most {@code limit}, older than line {@code before} if given. */
  public List<AuditLine> recent(String departmentId, Long before, int limit) {
    return jdbc.sql("""
        SELECT id, actor, action, subject, detail, at FROM workflow_audit
        WHERE department_id = :department AND (CAST(:before AS bigint) IS NULL OR id < :before)
        ORDER BY id DESC LIMIT :limit""")
        .param("department", departmentId).param("before", before).param("limit", limit)
        .query((rs, row) -> new AuditLine(rs.getLong("id"), rs.getString("actor"), rs.getString("action"),
            rs.getString("subject"), rs.getString("detail"), rs.getTimestamp("at").toInstant()))
        .list();
  }

  /** One line of the trail. */
  public record AuditLine(long id, String actor, String action, String subject, String detail, Instant at) {}
}
