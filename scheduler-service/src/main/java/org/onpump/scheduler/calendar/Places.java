package org.onpump.scheduler.calendar;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Names people read in a calendar (the department's, each hospital's with its clock) and who works in which
 * department.
 */
@Repository
class Places {

  private final JdbcClient jdbc;

  Places(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Optional<String> departmentName(String departmentId) {
    return jdbc.sql("SELECT name FROM department WHERE id = ?").param(departmentId).query(String.class).optional();
  }

  /** Whether the perfusionist is on the department's staff. */
  boolean employs(String departmentId, String perfusionistId) {
    return jdbc.sql("SELECT count(*) FROM perfusionist WHERE id = ? AND department_id = ?")
        .params(perfusionistId, departmentId).query(Long.class).single() > 0;
  }

  /** The department's hospitals by id. */
  Map<String, HospitalPlace> hospitals(String departmentId) {
    Map<String, HospitalPlace> byId = new LinkedHashMap<>();
    jdbc.sql("SELECT id, name, time_zone FROM hospital WHERE department_id = ? ORDER BY id").param(departmentId)
        .query(rs -> {
          byId.put(rs.getString("id"), new HospitalPlace(rs.getString("id"), rs.getString("name"),
              ZoneId.of(rs.getString("time_zone"))));
        });
    return byId;
  }

  /** A hospital as a calendar shows it. */
  record HospitalPlace(String id, String name, ZoneId zone) {

    /** For a seat at a hospital the department no longer staffs: its id, on UTC. */
    static HospitalPlace unknown(String id) {
      return new HospitalPlace(id, id, ZoneOffset.UTC);
    }
  }
}
