package org.onpump.scheduler.assignment;

import static org.onpump.scheduler.SqlInstants.toSql;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.onpump.scheduler.SqlInstants;
import org.onpump.scheduler.cases.CaseKey;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stores each case's primary seat in {@code assignment}. */
@Repository
public class AssignmentRepository {

  private static final RowMapper<Assignment> ASSIGNMENT = (rs, n) -> new Assignment(
      new CaseKey(rs.getString("hospital_id"), rs.getString("case_id")),
      rs.getString("perfusionist_id"),
      SqlInstants.read(rs, "planned_start"),
      rs.getInt("planned_duration_minutes"),
      rs.getString("or_room"));

  private final JdbcClient jdbc;

  public AssignmentRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public Map<CaseKey, Assignment> departmentAssignments(String departmentId) {
    return jdbc.sql("""
            SELECT hospital_id, case_id, perfusionist_id, planned_start, planned_duration_minutes, or_room
            FROM assignment WHERE department_id = ? AND role = 'PRIMARY'""")
        .param(departmentId)
        .query(ASSIGNMENT)
        .list()
        .stream()
        .collect(Collectors.toMap(Assignment::caseKey, Function.identity()));
  }

  /** Cases that were cancelled while someone still held them: those people must be released and told. */
  public List<Assignment> heldOnCancelledCases(String departmentId) {
    return jdbc.sql("""
            SELECT a.hospital_id, a.case_id, a.perfusionist_id, a.planned_start, a.planned_duration_minutes, a.or_room
            FROM assignment a JOIN pump_case c ON c.hospital_id = a.hospital_id AND c.case_id = a.case_id
            WHERE a.department_id = ? AND a.role = 'PRIMARY' AND a.perfusionist_id IS NOT NULL
              AND c.status = 'CANCELLED'""")
        .param(departmentId)
        .query(ASSIGNMENT)
        .list();
  }

  /**
   * Cases someone holds that the hospital moved out of the planning window [from, to): nobody checks the rules
   * for them there, so their holders must be released and told the new plan.
   */
  public List<Assignment> heldOnCasesMovedOutOf(String departmentId, Instant from, Instant to) {
    return jdbc.sql("""
            SELECT a.hospital_id, a.case_id, a.perfusionist_id, a.planned_start, a.planned_duration_minutes, a.or_room
            FROM assignment a JOIN pump_case c ON c.hospital_id = a.hospital_id AND c.case_id = a.case_id
            WHERE a.department_id = ? AND a.role = 'PRIMARY' AND a.perfusionist_id IS NOT NULL
              AND c.status = 'SCHEDULED'
              AND NOT (c.planned_start < ? AND c.planned_start + c.planned_duration_minutes * interval '1 minute' > ?)
              AND (c.planned_start <> a.planned_start OR c.planned_duration_minutes <> a.planned_duration_minutes
                   OR c.or_room <> a.or_room)""")
        .params(departmentId, toSql(to), toSql(from))
        .query(ASSIGNMENT)
        .list();
  }

  public void save(String departmentId, Assignment assignment, Instant now) {
    jdbc.sql("""
            INSERT INTO assignment (hospital_id, case_id, role, department_id, perfusionist_id, planned_start,
              planned_duration_minutes, or_room, updated_at)
            VALUES (?, ?, 'PRIMARY', ?, ?, ?, ?, ?, ?)
            ON CONFLICT (hospital_id, case_id, role) DO UPDATE SET
              perfusionist_id = excluded.perfusionist_id, planned_start = excluded.planned_start,
              planned_duration_minutes = excluded.planned_duration_minutes, or_room = excluded.or_room,
              updated_at = excluded.updated_at""")
        .params(assignment.caseKey().hospitalId(), assignment.caseKey().caseId(), departmentId,
            assignment.perfusionistId(), toSql(assignment.plannedStart()), assignment.plannedDurationMinutes(),
            assignment.orRoom(), toSql(now))
        .update();
  }
}
