package org.onpump.scheduler.eventlog;

import static org.onpump.scheduler.SqlInstants.toSql;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.onpump.scheduler.SqlInstants;
import org.onpump.scheduler.cases.CaseEventOutcome;
import org.onpump.scheduler.cases.CaseKey;
import org.onpump.shared.event.CaseEvent;
import org.onpump.shared.json.EventCodec;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Every case event handled, by event id, with what became of it: what makes redelivery and re-posting harmless,
 * and what lets anyone ask what happened to an event. Parked events are kept here until their case is booked.
 */
@Repository
public class EventLedger {

  private final JdbcClient jdbc;

  EventLedger(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Records the event as being handled; false when it was handled before (the caller then skips it). */
  public boolean claim(CaseEvent event, Instant now) {
    return jdbc.sql("""
            INSERT INTO processed_event (event_id, department_id, hospital_id, case_id, event_type, outcome,
              occurred_at, processed_at)
            VALUES (?, ?, ?, ?, ?, 'PENDING', ?, ?) ON CONFLICT (event_id) DO NOTHING""")
        .params(event.eventId(), event.departmentId(), event.hospitalId(), event.caseId(), event.type(),
            toSql(event.occurredAt()), toSql(now))
        .update() == 1;
  }

  /** Records what applying the event did; a parked event keeps its contract form, to be applied later. */
  public void record(CaseEvent event, CaseEventOutcome outcome, Instant now) {
    String parked = outcome.status() == CaseEventOutcome.Status.PARKED ? EventCodec.toJson(event) : null;
    jdbc.sql("""
            UPDATE processed_event SET outcome = ?, reason = ?, parked_event = ?, processed_at = ?
            WHERE event_id = ?""")
        .params(outcome.status().name(), outcome.describe(), parked, toSql(now), event.eventId())
        .update();
  }

  /** The events parked for a case, in the order they happened. */
  public List<CaseEvent> parkedFor(CaseKey key) {
    return jdbc.sql("""
            SELECT parked_event FROM processed_event WHERE hospital_id = ? AND case_id = ? AND outcome = 'PARKED'
            ORDER BY occurred_at, processed_at, event_id""")
        .params(key.hospitalId(), key.caseId())
        .query((rs, n) -> (CaseEvent) EventCodec.read(rs.getString("parked_event")))
        .list();
  }

  /** What became of an event; empty when OnPump never saw it, or saw it only as a rejected record. */
  Optional<EventStatus> status(UUID eventId) {
    return jdbc.sql("""
            SELECT event_id, event_type, department_id, hospital_id, case_id, outcome, reason, occurred_at,
              processed_at FROM processed_event WHERE event_id = ?""")
        .param(eventId)
        .query((rs, n) -> new EventStatus(rs.getObject("event_id", UUID.class), rs.getString("event_type"),
            rs.getString("department_id"), rs.getString("hospital_id"), rs.getString("case_id"),
            rs.getString("outcome"), rs.getString("reason"), SqlInstants.read(rs, "occurred_at"),
            SqlInstants.read(rs, "processed_at")))
        .optional();
  }
}
