package org.onpump.scheduler.eventlog;

import static org.onpump.scheduler.SqlInstants.toSql;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.onpump.scheduler.SqlInstants;
import org.onpump.scheduler.outbox.OutboxRepository;
import org.onpump.shared.event.CaseEvent;
import org.onpump.shared.kafka.Topics;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Records OnPump could not process, kept for an operator ({@code GET /api/v1/rejected-events}) and counted in
 * {@code onpump.events.rejected} by kind. Each is also on the dead-letter topic with its reason.
 */
@Repository
public class RejectedEvents {

  private static final String SELECT = """
      SELECT id, event_id, event_type, department_id, hospital_id, case_id, reason, source_topic, source_partition,
        source_offset, rejected_at FROM rejected_event""";

  private final JdbcClient jdbc;
  private final OutboxRepository outbox;
  private final Clock clock;
  private final MeterRegistry meters;

  RejectedEvents(JdbcClient jdbc, OutboxRepository outbox, Clock clock, MeterRegistry meters) {
    this.jdbc = jdbc;
    this.outbox = outbox;
    this.clock = clock;
    this.meters = meters;
  }

  /**
   * Stores a record the listener refused (unreadable, invalid, for an unknown hospital, or failing past its
   * retries) before it goes to the dead-letter topic; stored once however often it is redelivered.
   */
  public void recordUnprocessable(ConsumerRecord<?, ?> record, RecordSummary what, String kind, String reason) {
    int stored = jdbc.sql("""
            INSERT INTO rejected_event (event_id, event_type, department_id, hospital_id, case_id, reason,
              source_topic, source_partition, source_offset, rejected_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (source_topic, source_partition, source_offset) DO NOTHING""")
        .params(what.eventId(), what.type(), what.departmentId(), what.hospitalId(), what.caseId(), reason,
            record.topic(), record.partition(), record.offset(), toSql(clock.instant()))
        .update();
    if (stored == 1) {
      count(kind);
    }
  }

  /**
   * Stores a valid event that asks for an impossible move, and queues it for the dead-letter topic with the
   * reason, in the caller's transaction (the one that records the event as handled).
   */
  public void recordRefused(CaseEvent event, String reason, Instant now) {
    jdbc.sql("""
            INSERT INTO rejected_event (event_id, event_type, department_id, hospital_id, case_id, reason,
              rejected_at) VALUES (?, ?, ?, ?, ?, ?, ?)""")
        .params(event.eventId(), event.type(), event.departmentId(), event.hospitalId(), event.caseId(), reason,
            toSql(now))
        .update();
    outbox.appendDeadLetter(Topics.DEAD_LETTER, event, reason, now);
    count("transition");
  }

  /** The latest rejections, newest first, of one department or (null) of all. */
  List<RejectedEvent> latest(String departmentId, int limit) {
    return jdbc.sql(SELECT + " WHERE (CAST(? AS varchar) IS NULL OR department_id = ?) ORDER BY id DESC LIMIT ?")
        .params(departmentId, departmentId, limit)
        .query((rs, n) -> read(rs))
        .list();
  }

  /** The rejections of one event id (a record may be refused before its id could be read: then it has none). */
  List<RejectedEvent> ofEvent(UUID eventId) {
    return jdbc.sql(SELECT + " WHERE event_id = ? ORDER BY id").param(eventId).query((rs, n) -> read(rs)).list();
  }

  private static RejectedEvent read(ResultSet rs) throws SQLException {
    return new RejectedEvent(rs.getLong("id"), rs.getObject("event_id", UUID.class), rs.getString("event_type"),
        rs.getString("department_id"), rs.getString("hospital_id"), rs.getString("case_id"),
        rs.getString("reason"), rs.getString("source_topic"), (Integer) rs.getObject("source_partition"),
        (Long) rs.getObject("source_offset"), SqlInstants.read(rs, "rejected_at"));
  }

  private void count(String kind) {
    Counter.builder("onpump.events.rejected").tag("kind", kind)
        .description("Case events refused: stored for an operator and dead-lettered").register(meters).increment();
  }
}
