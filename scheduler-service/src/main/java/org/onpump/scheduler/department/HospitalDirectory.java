package org.onpump.scheduler.department;

import java.time.ZoneId;
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

  /** The department's hospitals, as the roster needs them. */
  public List<Hospital> hospitals(String departmentId) {
    return jdbc.sql("SELECT id, time_zone FROM hospital WHERE department_id = ? ORDER BY id")
        .param(departmentId)
        .query((rs, n) -> new Hospital(rs.getString("id"), ZoneId.of(rs.getString("time_zone")), "", false,
            Map.of()))
        .list();
  }
}
