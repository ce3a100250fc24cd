package org.onpump.scheduler.cases;

import static org.onpump.scheduler.SqlInstants.toSql;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.onpump.scheduler.SqlInstants;
import org.onpump.shared.event.Competency;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stores pump cases in {@code pump_case}. */
@Repository
public class PumpCaseRepository {

  private static final String COLUMNS = """
      hospital_id, case_id, department_id, procedure_type, required_competency, or_room, planned_start,
      planned_duration_minutes, hospital_time_zone, status, started_at, ended_at""";

  private final JdbcClient jdbc;

  public PumpCaseRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Inserts the case or replaces its plan. A new booking of a cancelled case books it again; otherwise the status
   * stays, so a late reschedule never un-starts a case.
   */
  void savePlan(PumpCase plan, boolean newBooking, UUID eventId, Instant now) {
    jdbc.sql("INSERT INTO pump_case (" + COLUMNS + ", last_event_id, updated_at) VALUES "
            + "(?, ?, ?, ?, ?, ?, ?, ?, ?, 'SCHEDULED', NULL, NULL, ?, ?) "
            + """
            ON CONFLICT (hospital_id, case_id) DO UPDATE SET
              procedure_type = excluded.procedure_type, required_competency = excluded.required_competency,
              or_room = excluded.or_room, planned_start = excluded.planned_start,
              planned_duration_minutes = excluded.planned_duration_minutes,
              hospital_time_zone = excluded.hospital_time_zone,
              status = CASE WHEN ? AND pump_case.status = 'CANCELLED' THEN 'SCHEDULED' ELSE pump_case.status END,
              last_event_id = excluded.last_event_id, updated_at = excluded.updated_at""")
        .params(plan.key().hospitalId(), plan.key().caseId(), plan.departmentId(), plan.procedureType(),
            plan.requiredCompetency().name(), plan.orRoom(), toSql(plan.plannedStart()),
            plan.plannedDurationMinutes(), plan.hospitalTimeZone(), eventId, toSql(now), newBooking)
        .update();
  }

  /** Moves a known case to a new status; false when the case is unknown. */
  boolean updateStatus(CaseKey key, CaseStatus status, Instant startedAt, Instant endedAt, UUID eventId,
      Instant now) {
    return jdbc.sql("""
            UPDATE pump_case SET status = ?, started_at = COALESCE(?, started_at), ended_at = COALESCE(?, ended_at),
              last_event_id = ?, updated_at = ?
            WHERE hospital_id = ? AND case_id = ?""")
        .params(status.name(), toSql(startedAt), toSql(endedAt), eventId, toSql(now), key.hospitalId(),
            key.caseId())
        .update() == 1;
  }

  public Optional<PumpCase> find(CaseKey key) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM pump_case WHERE hospital_id = ? AND case_id = ?")
        .params(key.hospitalId(), key.caseId())
        .query((rs, n) -> read(rs))
        .optional();
  }

  /** The department's scheduled and running cases whose pump time touches {@code [from, to)}. */
  public List<PumpCase> plannable(String departmentId, Instant from, Instant to) {
    return jdbc.sql("SELECT " + COLUMNS + """
             FROM pump_case
            WHERE department_id = ? AND status IN ('SCHEDULED', 'IN_PROGRESS')
              AND COALESCE(started_at, planned_start) < ?
              AND COALESCE(started_at, planned_start) + planned_duration_minutes * interval '1 minute' > ?
            ORDER BY planned_start, hospital_id, case_id""")
        .params(departmentId, toSql(to), toSql(from))
        .query((rs, n) -> read(rs))
        .list();
  }

  static PumpCase read(ResultSet rs) throws SQLException {
    return new PumpCase(
        new CaseKey(rs.getString("hospital_id"), rs.getString("case_id")),
        rs.getString("department_id"),
        rs.getString("procedure_type"),
        Competency.valueOf(rs.getString("required_competency")),
        rs.getString("or_room"),
        SqlInstants.read(rs, "planned_start"),
        rs.getInt("planned_duration_minutes"),
        rs.getString("hospital_time_zone"),
        CaseStatus.valueOf(rs.getString("status")),
        SqlInstants.read(rs, "started_at"),
        SqlInstants.read(rs, "ended_at"));
  }
}
