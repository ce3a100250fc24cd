package org.onpump.scheduler.emergency;

import static org.onpump.scheduler.SqlInstants.toSql;

import java.sql.Array;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** What the pager reads: the department's responder order and who is on a pump now (who is on call: OnCallTeam). */
@Repository
class EmergencyResponders {

  static final List<Responder> DEFAULT_ORDER = List.of(Responder.FIRST_CALL, Responder.SECOND_CALL,
      Responder.NEAREST_FREE);

  private final JdbcClient jdbc;

  EmergencyResponders(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  List<Responder> order(String departmentId) {
    return jdbc.sql("SELECT emergency_responders FROM department_policy WHERE department_id = ?")
        .param(departmentId)
        .query((rs, n) -> {
          Array array = rs.getArray(1);
          return Arrays.stream((String[]) array.getArray()).map(Responder::valueOf).toList();
        })
        .optional()
        .orElse(DEFAULT_ORDER);
  }

  /** Who holds a seat on a case that is running now, or planned to be. */
  Set<String> onPumpAt(String departmentId, Instant now) {
    return new HashSet<>(jdbc.sql("""
            SELECT DISTINCT a.perfusionist_id FROM assignment a
            JOIN pump_case c ON c.hospital_id = a.hospital_id AND c.case_id = a.case_id
            WHERE a.department_id = ? AND a.perfusionist_id IS NOT NULL
              AND (c.status = 'IN_PROGRESS' OR (c.status = 'SCHEDULED' AND c.planned_start <= ?
                AND c.planned_start + c.planned_duration_minutes * interval '1 minute' > ?))""")
        .params(departmentId, toSql(now), toSql(now))
        .query(String.class)
        .list());
  }
}
