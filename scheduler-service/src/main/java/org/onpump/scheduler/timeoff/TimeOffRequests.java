package org.onpump.scheduler.timeoff;

import static org.onpump.scheduler.SqlInstants.toSql;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.onpump.scheduler.SqlInstants;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stores time-off requests, and puts an approved one into {@code perfusionist_time_off}, which the solver reads. */
@Repository
class TimeOffRequests {

  private static final String COLUMNS = """
      SELECT id, department_id, perfusionist_id, starts_at, ends_at, reason, status, requested_by, requested_at,
        decided_by, decided_at, decision_note FROM time_off_request""";

  private final JdbcClient jdbc;

  TimeOffRequests(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void insert(TimeOffRequest request) {
    jdbc.sql("""
            INSERT INTO time_off_request (id, department_id, perfusionist_id, starts_at, ends_at, reason, status,
              requested_by, requested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(request.id(), request.departmentId(), request.perfusionistId(), toSql(request.startsAt()),
            toSql(request.endsAt()), request.reason(), request.status().name(), request.requestedBy(),
            toSql(request.requestedAt()))
        .update();
  }

  /**
   * The department's requests, by start.
   *
   * @param status only those in this state; null: all
   * @param perfusionistId only this person's; null: everyone's
   */
  List<TimeOffRequest> list(String departmentId, TimeOffStatus status, String perfusionistId) {
    return jdbc.sql(COLUMNS + """
             WHERE department_id = :department AND (CAST(:status AS varchar) IS NULL OR status = :status)
               AND (CAST(:person AS varchar) IS NULL OR perfusionist_id = :person)
            ORDER BY starts_at, id""")
        .param("department", departmentId).param("status", status == null ? null : status.name())
        .param("person", perfusionistId)
        .query((rs, n) -> read(rs)).list();
  }

  /** The department's request, locked until the transaction ends (so that it is decided once). */
  Optional<TimeOffRequest> lock(String departmentId, UUID requestId) {
    return jdbc.sql(COLUMNS + " WHERE id = ? AND department_id = ? FOR UPDATE")
        .params(requestId, departmentId).query((rs, n) -> read(rs)).optional();
  }

  /** Records the outcome; with {@code timeOffId} the approved time off it became. */
  void close(UUID requestId, TimeOffStatus status, String decidedBy, Instant at, String note, Long timeOffId) {
    jdbc.sql("""
            UPDATE time_off_request SET status = ?, decided_by = ?, decided_at = ?, decision_note = ?, time_off_id = ?
            WHERE id = ?""")
        .params(status.name(), decidedBy, toSql(at), note, timeOffId, requestId).update();
  }

  /** Puts approved time off in force for the roster; returns its id. */
  long grant(TimeOffRequest request) {
    return jdbc.sql("""
            INSERT INTO perfusionist_time_off (perfusionist_id, starts_at, ends_at) VALUES (?, ?, ?) RETURNING id""")
        .params(request.perfusionistId(), toSql(request.startsAt()), toSql(request.endsAt()))
        .query(Long.class).single();
  }

  private static TimeOffRequest read(ResultSet rs) throws SQLException {
    return new TimeOffRequest(rs.getObject("id", UUID.class), rs.getString("department_id"),
        rs.getString("perfusionist_id"), SqlInstants.read(rs, "starts_at"), SqlInstants.read(rs, "ends_at"),
        rs.getString("reason"), TimeOffStatus.valueOf(rs.getString("status")), rs.getString("requested_by"),
        SqlInstants.read(rs, "requested_at"), rs.getString("decided_by"), SqlInstants.read(rs, "decided_at"),
        rs.getString("decision_note"));
  }
}
