package org.onpump.scheduler.assignment;

import static org.onpump.scheduler.SqlInstants.toSql;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.onpump.scheduler.SqlInstants;
import org.onpump.scheduler.cases.CaseKey;
import org.onpump.shared.event.AssignmentChanged.AssignmentRole;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stores every seat of every case in {@code assignment}, one row per case and role. */
@Repository
public class AssignmentRepository {

  private static final String COLUMNS =
      "a.hospital_id, a.case_id, a.role, a.perfusionist_id, a.planned_start, a.planned_duration_minutes, a.or_room";

  /** Cases whose expected pump time touches [?, ?): the same test as the cases a replanning considers. */
  private static final String CASE_IN_WINDOW = """
      COALESCE(c.started_at, c.planned_start) < ?
      AND COALESCE(c.started_at, c.planned_start) + c.planned_duration_minutes * interval '1 minute' > ?""";

  private static final RowMapper<Assignment> ASSIGNMENT = (rs, n) -> new Assignment(
      new CaseKey(rs.getString("hospital_id"), rs.getString("case_id")),
      AssignmentRole.valueOf(rs.getString("role")),
      rs.getString("perfusionist_id"),
      SqlInstants.read(rs, "planned_start"),
      rs.getInt("planned_duration_minutes"),
      rs.getString("or_room"));

  private final JdbcClient jdbc;

  public AssignmentRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The seats stored for the department's cases whose pump time touches {@code [from, to)}, by seat id. */
  public Map<String, Assignment> seatsOnCasesIn(String departmentId, Instant from, Instant to) {
    return jdbc.sql("SELECT " + COLUMNS + """
             FROM assignment a JOIN pump_case c ON c.hospital_id = a.hospital_id AND c.case_id = a.case_id
            WHERE a.department_id = ? AND""" + " " + CASE_IN_WINDOW)
        .params(departmentId, toSql(to), toSql(from))
        .query(ASSIGNMENT)
        .list()
        .stream()
        .collect(Collectors.toMap(Assignment::seatId, Function.identity()));
  }

  /** Ids of the seats a manager pinned on those cases: their holders never move. */
  public Set<String> pinnedSeatsOnCasesIn(String departmentId, Instant from, Instant to) {
    return jdbc.sql("SELECT " + COLUMNS + """
             FROM assignment a JOIN pump_case c ON c.hospital_id = a.hospital_id AND c.case_id = a.case_id
            WHERE a.department_id = ? AND a.pinned AND""" + " " + CASE_IN_WINDOW)
        .params(departmentId, toSql(to), toSql(from))
        .query(ASSIGNMENT)
        .list()
        .stream()
        .map(Assignment::seatId)
        .collect(Collectors.toSet());
  }

  /** Seats on cases that were cancelled while someone still held them: those people must be released and told. */
  public List<Assignment> heldOnCancelledCases(String departmentId) {
    return jdbc.sql("SELECT " + COLUMNS + """
             FROM assignment a JOIN pump_case c ON c.hospital_id = a.hospital_id AND c.case_id = a.case_id
            WHERE a.department_id = ? AND a.perfusionist_id IS NOT NULL AND c.status = 'CANCELLED'
            ORDER BY a.hospital_id, a.case_id, a.role""")
        .param(departmentId)
        .query(ASSIGNMENT)
        .list();
  }

  /**
   * Seats someone holds on cases the hospital moved out of the planning window [from, to): nobody checks the rules
   * for them there, so their holders must be released and told the new plan.
   */
  public List<Assignment> heldOnCasesMovedOutOf(String departmentId, Instant from, Instant to) {
    return jdbc.sql("SELECT " + COLUMNS + """
             FROM assignment a JOIN pump_case c ON c.hospital_id = a.hospital_id AND c.case_id = a.case_id
            WHERE a.department_id = ? AND a.perfusionist_id IS NOT NULL
              AND c.status = 'SCHEDULED'
              AND NOT (c.planned_start < ? AND c.planned_start + c.planned_duration_minutes * interval '1 minute' > ?)
              AND (c.planned_start <> a.planned_start OR c.planned_duration_minutes <> a.planned_duration_minutes
                   OR c.or_room <> a.or_room)
            ORDER BY a.hospital_id, a.case_id, a.role""")
        .params(departmentId, toSql(to), toSql(from))
        .query(ASSIGNMENT)
        .list();
  }

  /** Stores the seat's holder and plan; a pin the seat had stays. */
  public void save(String departmentId, Assignment assignment, Instant now) {
    jdbc.sql("""
            INSERT INTO assignment (hospital_id, case_id, role, department_id, perfusionist_id, planned_start,
              planned_duration_minutes, or_room, updated_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (hospital_id, case_id, role) DO UPDATE SET
              perfusionist_id = excluded.perfusionist_id, planned_start = excluded.planned_start,
              planned_duration_minutes = excluded.planned_duration_minutes, or_room = excluded.or_room,
              updated_at = excluded.updated_at""")
        .params(assignment.caseKey().hospitalId(), assignment.caseKey().caseId(), assignment.role().name(),
            departmentId, assignment.perfusionistId(), toSql(assignment.plannedStart()),
            assignment.plannedDurationMinutes(), assignment.orRoom(), toSql(now))
        .update();
  }

  /** Pins the seat: the solver keeps its holder (an emergency's responder, a manager's choice). */
  public void pin(Assignment assignment) {
    jdbc.sql("UPDATE assignment SET pinned = true WHERE hospital_id = ? AND case_id = ? AND role = ?")
        .params(assignment.caseKey().hospitalId(), assignment.caseKey().caseId(), assignment.role().name())
        .update();
  }

  /** Removes a seat the case no longer has (its procedure type or the department's policy changed). */
  public void remove(Assignment assignment) {
    jdbc.sql("DELETE FROM assignment WHERE hospital_id = ? AND case_id = ? AND role = ?")
        .params(assignment.caseKey().hospitalId(), assignment.caseKey().caseId(), assignment.role().name())
        .update();
  }
}
