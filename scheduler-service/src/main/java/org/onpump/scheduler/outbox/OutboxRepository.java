package org.onpump.scheduler.outbox;

import static org.onpump.scheduler.SqlInstants.toSql;

import java.time.Instant;
import java.util.List;
import org.onpump.shared.event.OnPumpEvent;
import org.onpump.shared.json.EventCodec;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The transactional outbox: events written in the same transaction as the change they announce, published to
 * Kafka afterwards by the {@link OutboxRelay}.
 */
@Repository
public class OutboxRepository {

  private final JdbcClient jdbc;

  public OutboxRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Queues an event for its topic, keyed by its partition key. Call inside the transaction of the change. */
  public void append(String topic, OnPumpEvent event, Instant now) {
    insert(topic, event, false, now);
  }

  /** Queues a page: the relay publishes urgent rows before any other waiting row. */
  public void appendUrgent(String topic, OnPumpEvent event, Instant now) {
    insert(topic, event, true, now);
  }

  /**
   * Queues an event unless one with its id was queued before (its id is derived from what it is about); true when
   * it was queued now.
   */
  public boolean appendOnce(String topic, OnPumpEvent event, boolean urgent, Instant now) {
    return jdbc.sql("""
            INSERT INTO outbox (event_id, topic, partition_key, event_type, payload, created_at, urgent)
            VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (event_id) DO NOTHING""")
        .params(event.eventId(), topic, event.partitionKey(), event.type(), EventCodec.toJson(event), toSql(now),
            urgent)
        .update() == 1;
  }

  private void insert(String topic, OnPumpEvent event, boolean urgent, Instant now) {
    jdbc.sql("""
            INSERT INTO outbox (event_id, topic, partition_key, event_type, payload, created_at, urgent)
            VALUES (?, ?, ?, ?, ?, ?, ?)""")
        .params(event.eventId(), topic, event.partitionKey(), event.type(), EventCodec.toJson(event), toSql(now),
            urgent)
        .update();
  }

  /** Queues an event for the dead-letter topic with the reason it was refused, sent as a header. */
  public void appendDeadLetter(String topic, OnPumpEvent event, String reason, Instant now) {
    jdbc.sql("""
            INSERT INTO outbox (event_id, topic, partition_key, event_type, payload, created_at, dead_letter_reason)
            VALUES (gen_random_uuid(), ?, ?, ?, ?, ?, ?)""")
        .params(topic, event.partitionKey(), event.type(), EventCodec.toJson(event), toSql(now), reason)
        .update();
  }

  /**
   * Unpublished rows, urgent ones first, then oldest first, locked; rows another relay holds are skipped. Pages are
   * the only urgent rows and go to their own topic, so no topic's order changes.
   */
  List<OutboxRow> lockUnpublished(int limit) {
    return lockUnpublished("", limit);
  }

  /** Unpublished urgent rows (pages) only, oldest first, locked like {@link #lockUnpublished(int)}. */
  List<OutboxRow> lockUnpublishedUrgent(int limit) {
    return lockUnpublished("AND urgent", limit);
  }

  private List<OutboxRow> lockUnpublished(String onlyThese, int limit) {
    return jdbc.sql("""
            SELECT id, topic, partition_key, payload, dead_letter_reason FROM outbox WHERE published_at IS NULL %s
            ORDER BY urgent DESC, id LIMIT ? FOR UPDATE SKIP LOCKED""".formatted(onlyThese))
        .param(limit)
        .query((rs, n) -> new OutboxRow(rs.getLong("id"), rs.getString("topic"), rs.getString("partition_key"),
            rs.getString("payload"), rs.getString("dead_letter_reason")))
        .list();
  }

  void markPublished(List<Long> ids, Instant now) {
    jdbc.sql("UPDATE outbox SET published_at = ? WHERE id = ANY (?)")
        .params(toSql(now), ids.toArray(Long[]::new))
        .update();
  }

  /** One queued event as stored. */
  record OutboxRow(long id, String topic, String partitionKey, String payload, String deadLetterReason) {}
}
