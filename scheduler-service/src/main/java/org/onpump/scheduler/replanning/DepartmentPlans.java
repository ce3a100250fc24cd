package org.onpump.scheduler.replanning;

import static org.onpump.scheduler.SqlInstants.toSql;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * {@code department_plan}: which instance plans each department (with a fencing epoch every new owner raises),
 * and whether events were applied that the stored roster does not reflect yet ("dirty"), which survives a crash.
 */
@Repository
class DepartmentPlans {

  private final JdbcClient jdbc;

  DepartmentPlans(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Makes {@code owner} the department's planner; returns the new epoch, which fences out the old owner. */
  long takeOver(String departmentId, String owner, Instant now) {
    return jdbc.sql("""
            INSERT INTO department_plan (department_id, owner, epoch, updated_at) VALUES (?, ?, 1, ?)
            ON CONFLICT (department_id) DO UPDATE SET owner = excluded.owner, epoch = department_plan.epoch + 1,
              updated_at = excluded.updated_at
            RETURNING epoch""")
        .params(departmentId, owner, toSql(now))
        .query(Long.class).single();
  }

  void markDirty(String departmentId, UUID cause, Instant now) {
    jdbc.sql("""
            INSERT INTO department_plan (department_id, dirty, dirty_cause, updated_at) VALUES (?, true, ?, ?)
            ON CONFLICT (department_id) DO UPDATE SET dirty = true, dirty_cause = excluded.dirty_cause,
              updated_at = excluded.updated_at""")
        .params(departmentId, cause, toSql(now))
        .update();
  }

  /** The department's plan row, locked until the transaction ends. */
  Optional<PlanLease> lock(String departmentId) {
    return jdbc.sql("""
            SELECT owner, epoch, dirty, dirty_cause FROM department_plan WHERE department_id = ? FOR UPDATE""")
        .param(departmentId)
        .query((rs, n) -> new PlanLease(departmentId, rs.getString("owner"), rs.getLong("epoch"),
            rs.getBoolean("dirty"), rs.getObject("dirty_cause", UUID.class)))
        .optional();
  }

  void planned(String departmentId, Instant now) {
    jdbc.sql("UPDATE department_plan SET dirty = false, planned_at = ?, updated_at = ? WHERE department_id = ?")
        .params(toSql(now), toSql(now), departmentId)
        .update();
  }

  List<String> departments() {
    return jdbc.sql("SELECT id FROM department ORDER BY id").query(String.class).list();
  }

  List<String> dirtyAmong(Collection<String> departmentIds) {
    return departmentIds.isEmpty() ? List.of() : jdbc.sql("""
            SELECT department_id FROM department_plan WHERE dirty AND department_id = ANY (?)
            ORDER BY department_id""")
        .param(departmentIds.toArray(String[]::new))
        .query(String.class).list();
  }

  /** A department's planning row as read under its lock. */
  record PlanLease(String departmentId, String owner, long epoch, boolean dirty, UUID dirtyCause) {}
}
