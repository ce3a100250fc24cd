package org.onpump.scheduler.department;

import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.onpump.shared.event.FieldViolation;
import org.onpump.shared.event.OnPumpEvent;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The hospitals and departments OnPump serves, and which department staffs which hospital. */
@Repository
public class HospitalDirectory {

  private final JdbcClient jdbc;

  public HospitalDirectory(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Why an event's hospital and department are not acceptable; empty when the department staffs the hospital. */
  public List<FieldViolation> violations(OnPumpEvent event) {
    Optional<String> department = departmentOf(event.hospitalId());
    if (department.isEmpty()) {
      return List.of(new FieldViolation("hospitalId",
          "'" + event.hospitalId() + "' is not a hospital known to OnPump"));
    }
    if (!department.get().equals(event.departmentId())) {
      return List.of(new FieldViolation("departmentId",
          "'" + event.departmentId() + "' does not staff hospital '" + event.hospitalId() + "'"));
    }
    return List.of();
  }

  public Optional<String> departmentOf(String hospitalId) {
    return jdbc.sql("SELECT department_id FROM hospital WHERE id = ?")
        .param(hospitalId)
        .query(String.class)
        .optional();
  }

  /** The department's chief perfusionist, the last step of its escalation chains, if one is named. */
  public Optional<String> chiefOf(String departmentId) {
    return jdbc.sql("SELECT chief_perfusionist_id FROM department WHERE id = ? AND chief_perfusionist_id IS NOT NULL")
        .param(departmentId).query(String.class).optional();
  }

  public boolean departmentExists(String departmentId) {
    return jdbc.sql("SELECT count(*) FROM department WHERE id = ?").param(departmentId).query(Long.class).single()
        > 0;
  }

  /**
   * Locks the department's row until the current transaction ends, so that two replannings of one department
   * (a rebalance, a second instance) never interleave.
   */
  public boolean lock(String departmentId) {
    return jdbc.sql("SELECT id FROM department WHERE id = ? FOR UPDATE").param(departmentId).query(String.class)
        .optional()
        .isPresent();
  }

  /** The department's hospitals, as the roster needs them: clock, state, licence rule and travel between them. */
  public List<Hospital> hospitals(String departmentId) {
    Map<String, Map<String, Integer>> travel = new HashMap<>();
    jdbc.sql("""
            SELECT t.from_hospital_id, t.to_hospital_id, t.minutes
            FROM hospital_travel t JOIN hospital h ON h.id = t.from_hospital_id WHERE h.department_id = ?""")
        .param(departmentId)
        .query(rs -> {
          travel.computeIfAbsent(rs.getString("from_hospital_id"), id -> new HashMap<>())
              .put(rs.getString("to_hospital_id"), rs.getInt("minutes"));
        });
    return jdbc.sql("SELECT id, time_zone, state, licence_required FROM hospital WHERE department_id = ? ORDER BY id")
        .param(departmentId)
        .query((rs, n) -> new Hospital(rs.getString("id"), ZoneId.of(rs.getString("time_zone")),
            rs.getString("state") == null ? "" : rs.getString("state"), rs.getBoolean("licence_required"),
            travel.getOrDefault(rs.getString("id"), Map.of())))
        .list();
  }
}
