package org.onpump.scheduler.emergency;

import static org.onpump.scheduler.SqlInstants.toSql;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.onpump.shared.event.EmergencyBypassRequested;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** {@code emergency_page}: whom each emergency paged (or that nobody could be), decided once. */
@Repository
class EmergencyPages {

  private final JdbcClient jdbc;

  EmergencyPages(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Who the emergency paged, if it was decided already; the responder is empty when nobody could be paged. */
  Optional<Decision> find(UUID emergencyEventId) {
    return jdbc.sql("SELECT responder_id FROM emergency_page WHERE emergency_event_id = ?")
        .param(emergencyEventId)
        .query((rs, n) -> new Decision(Optional.ofNullable(rs.getString("responder_id"))))
        .optional();
  }

  /**
   * Who was paged for an emergency the department's listener has not stored yet: busy, though no assignment says so
   * yet. Pages older than a day are left out: by then the listener has stored every emergency it accepts.
   */
  Set<String> pagedNotYetStored(String departmentId, Instant now) {
    return new HashSet<>(jdbc.sql("""
            SELECT p.responder_id FROM emergency_page p
             WHERE p.department_id = ? AND p.responder_id IS NOT NULL AND p.paged_at > ?
               AND NOT EXISTS (SELECT 1 FROM pump_case c
                                WHERE c.hospital_id = p.hospital_id AND c.case_id = p.case_id)""")
        .params(departmentId, toSql(now.minus(Duration.ofDays(1))))
        .query(String.class)
        .list());
  }

  /** Records the decision; false if one was recorded already (and this one must not page). */
  boolean record(EmergencyBypassRequested emergency, String responderId, Responder kind, String pagedBy,
      Instant now) {
    return jdbc.sql("""
            INSERT INTO emergency_page (emergency_event_id, department_id, hospital_id, case_id, responder_id,
                                        responder_kind, paged_at, paged_by)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (emergency_event_id) DO NOTHING""")
        .params(emergency.eventId(), emergency.departmentId(), emergency.hospitalId(), emergency.caseId(),
            responderId, kind == null ? null : kind.name(), toSql(now), pagedBy)
        .update() == 1;
  }

  /** A decision as stored (who decided stays in {@code paged_by}, for an operator). */
  record Decision(Optional<String> responderId) {}
}
