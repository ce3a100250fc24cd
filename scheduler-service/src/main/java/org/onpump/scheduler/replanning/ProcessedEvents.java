package org.onpump.scheduler.replanning;

import static org.onpump.scheduler.SqlInstants.toSql;

import java.time.Instant;
import java.util.UUID;
import org.onpump.shared.event.CaseEvent;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The case events already handled, by event id: what makes redelivery and re-posting harmless. */
@Repository
class ProcessedEvents {

  private final JdbcClient jdbc;

  ProcessedEvents(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Records the event as being handled; false when it was handled before (the caller then skips it). */
  boolean claim(CaseEvent event, Instant now) {
    return jdbc.sql("""
            INSERT INTO processed_event (event_id, department_id, hospital_id, case_id, event_type, outcome,
              processed_at)
            VALUES (?, ?, ?, ?, ?, 'PENDING', ?) ON CONFLICT (event_id) DO NOTHING""")
        .params(event.eventId(), event.departmentId(), event.hospitalId(), event.caseId(), event.type(), toSql(now))
        .update() == 1;
  }

  void recordOutcome(UUID eventId, String outcome) {
    jdbc.sql("UPDATE processed_event SET outcome = ? WHERE event_id = ?").params(outcome, eventId).update();
  }
}
