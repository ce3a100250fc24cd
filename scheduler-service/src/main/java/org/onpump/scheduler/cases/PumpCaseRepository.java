package org.onpump.scheduler.cases;

import static org.onpump.scheduler.SqlInstants.toSql;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.onpump.scheduler.SqlInstants;
import org.onpump.shared.event.CaseEvent;
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
   * Inserts the case or replaces its plan, as of the event. A new booking of a cancelled case books it again;
   * otherwise the status stays, so a move never un-starts a case.
   */
  void savePlan(PumpCase plan, boolean rebooking, CaseEvent event, Instant now) {
    jdbc.sql("INSERT INTO pump_case (" + COLUMNS + ", last_event_id, last_event_at, replan_pending, updated_at) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'SCHEDULED', NULL, NULL, ?, ?, true, ?) "
            + """
            ON CONFLICT (hospital_id, case_id) DO UPDATE SET
              procedure_type = excluded.procedure_type, required_competency = excluded.required_competency,
              or_room = excluded.or_room, planned_start = excluded.planned_start,
              planned_duration_minutes = excluded.planned_duration_minutes,
              hospital_time_zone = excluded.hospital_time_zone,
              status = CASE WHEN ? AND pump_case.status = 'CANCELLED' THEN 'SCHEDULED' ELSE pump_case.status END,
              last_event_id = excluded.last_event_id, last_event_at = excluded.last_event_at,
              replan_pending = true, updated_at = excluded.updated_at""")
        .params(plan.key().hospitalId(), plan.key().caseId(), plan.departmentId(), plan.procedureType(),
            plan.requiredCompetency().name(), plan.orRoom(), toSql(plan.plannedStart()),
            plan.plannedDurationMinutes(), plan.hospitalTimeZone(), event.eventId(), toSql(event.occurredAt()),
            toSql(now), rebooking)
        .update();
  }

  /** Moves the event's (known) case to a new status, as of the event. */
  void updateStatus(CaseEvent event, CaseStatus status, Instant startedAt, Instant endedAt, Instant now) {
    jdbc.sql("""
            UPDATE pump_case SET status = ?, started_at = COALESCE(?, started_at), ended_at = COALESCE(?, ended_at),
              last_event_id = ?, last_event_at = ?, replan_pending = true, updated_at = ?
            WHERE hospital_id = ? AND case_id = ?""")
        .params(status.name(), toSql(startedAt), toSql(endedAt), event.eventId(), toSql(event.occurredAt()),
            toSql(now), event.hospitalId(), event.caseId())
        .update();
  }

  /** Where the case stands, for ordering and transitions; empty when it was never booked. */
  Optional<CaseState> state(CaseKey key) {
    return jdbc.sql("""
            SELECT status, started_at, last_event_at FROM pump_case WHERE hospital_id = ? AND case_id = ?""")
        .params(key.hospitalId(), key.caseId())
        .query((rs, n) -> new CaseState(CaseStatus.valueOf(rs.getString("status")),
            SqlInstants.read(rs, "started_at"), SqlInstants.read(rs, "last_event_at")))
        .optional();
  }

  /**
   * The last event of each of the department's cases that changed since its last replanning: what caused the
   * seat changes on them. The mark is cleared by {@link #replanned}.
   */
  public Map<CaseKey, UUID> pendingCauses(String departmentId) {
    Map<CaseKey, UUID> causes = new LinkedHashMap<>();
    jdbc.sql("""
            SELECT hospital_id, case_id, last_event_id FROM pump_case WHERE department_id = ? AND replan_pending
            ORDER BY last_event_at, hospital_id, case_id""")
        .param(departmentId)
        .query(rs -> {
          causes.put(new CaseKey(rs.getString("hospital_id"), rs.getString("case_id")),
              rs.getObject("last_event_id", UUID.class));
        });
    return causes;
  }

  public void replanned(String departmentId) {
    jdbc.sql("UPDATE pump_case SET replan_pending = false WHERE department_id = ? AND replan_pending")
        .param(departmentId).update();
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
