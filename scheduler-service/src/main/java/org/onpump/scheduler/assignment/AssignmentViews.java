package org.onpump.scheduler.assignment;

import static org.onpump.scheduler.SqlInstants.toSql;

import java.time.Instant;
import java.util.List;
import org.onpump.scheduler.SqlInstants;
import org.onpump.scheduler.cases.CaseKey;
import org.onpump.scheduler.cases.CaseStatus;
import org.onpump.shared.event.AssignmentChanged.AssignmentRole;
import org.onpump.shared.event.Competency;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads the roster as the API shows it: every seat of every case in a range, filled or not (a case no solve has
 * reached yet shows once, with no role).
 */
@Repository
class AssignmentViews {

  private final JdbcClient jdbc;

  AssignmentViews(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  List<AssignmentView> inRange(String departmentId, Instant from, Instant to) {
    return jdbc.sql("""
            SELECT c.case_id, c.hospital_id, c.hospital_time_zone, c.or_room, c.procedure_type, c.required_competency, c.planned_start,
              c.planned_duration_minutes, c.status, a.role, a.perfusionist_id, a.pinned, p.display_name,
              GREATEST(c.updated_at, a.updated_at) AS updated_at
            FROM pump_case c
            LEFT JOIN assignment a ON a.hospital_id = c.hospital_id AND a.case_id = c.case_id
            LEFT JOIN perfusionist p ON p.id = a.perfusionist_id
            WHERE c.department_id = ? AND c.planned_start < ?
              AND c.planned_start + c.planned_duration_minutes * interval '1 minute' > ?
            ORDER BY c.planned_start, c.hospital_id, c.case_id,
              array_position(ARRAY['PRIMARY', 'STANDBY', 'SECOND', 'STUDENT']::varchar[], a.role)""")
        .params(departmentId, toSql(to), toSql(from))
        .query((rs, n) -> {
          Instant start = SqlInstants.read(rs, "planned_start");
          AssignmentRole role = rs.getString("role") == null ? null : AssignmentRole.valueOf(rs.getString("role"));
          CaseKey key = new CaseKey(rs.getString("hospital_id"), rs.getString("case_id"));
          return new AssignmentView(
              role == null ? null : Assignment.seatId(key, role),
              rs.getString("case_id"),
              rs.getString("hospital_id"),
              rs.getString("hospital_time_zone"),
              rs.getString("or_room"),
              rs.getString("procedure_type"),
              Competency.valueOf(rs.getString("required_competency")),
              start,
              start.plusSeconds(60L * rs.getInt("planned_duration_minutes")),
              CaseStatus.valueOf(rs.getString("status")),
              role,
              rs.getString("perfusionist_id"),
              rs.getString("display_name"),
              rs.getBoolean("pinned"),
              SqlInstants.read(rs, "updated_at"));
        })
        .list();
  }
}
