package org.onpump.scheduler.outbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.onpump.scheduler.outbox.OutboxRepository.OutboxRow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.SendResult;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Publishes outbox rows to Kafka and marks them published, at least once: a row whose ack did not come stays and
 * is sent again (consumers drop repeats by event id). Several instances share the work through SKIP LOCKED.
 */
@Component
public class OutboxRelay {

  static final String DEAD_LETTER_REASON = "onpump_dlt-reason";
  private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

  private final OutboxRepository outbox;
  private final KafkaTemplate<String, Object> kafka;
  private final TransactionTemplate transaction;
  private final OutboxProperties properties;
  private final Clock clock;
  private final Counter published;

  OutboxRelay(OutboxRepository outbox, KafkaTemplate<String, Object> kafka, TransactionTemplate transaction,
      OutboxProperties properties, Clock clock, MeterRegistry meters) {
    this.outbox = outbox;
    this.kafka = kafka;
    this.transaction = transaction;
    this.properties = properties;
    this.clock = clock;
    this.published = Counter.builder("onpump.outbox.published")
        .description("Events published from the outbox").register(meters);
  }

  /** Publishes batch after batch until the outbox is empty (a full batch means more may wait). */
  @Scheduled(fixedDelayString = "${onpump.outbox.poll-interval}")
  void publishPending() {
    try {
      Integer count;
      do {
        count = transaction.execute(status -> publishBatch(outbox.lockUnpublished(properties.batchSize())));
        if (count != null && count > 0) {
          log.debug("Published {} outbox events", count);
        }
      } while (count != null && count >= properties.batchSize());
    } catch (RuntimeException e) {
      log.warn("Outbox events not published, trying again: {}", e.toString());
    }
  }

  /**
   * Publishes the waiting pages now, on the caller's thread: a page must not wait for the next tick, nor for the
   * routine rows (those stay with the scheduled relay, in their order).
   */
  public void publishPagesNow() {
    try {
      transaction.execute(status -> publishBatch(outbox.lockUnpublishedUrgent(properties.batchSize())));
    } catch (RuntimeException e) {
      log.warn("Pages not published yet, the relay tries again: {}", e.toString());
    }
  }

  /** The row as a record; a dead letter carries its reason in the {@code onpump_dlt-reason} header. */
  private static ProducerRecord<String, Object> record(OutboxRow row) {
    ProducerRecord<String, Object> record = new ProducerRecord<>(row.topic(), row.partitionKey(),
        row.payload().getBytes(StandardCharsets.UTF_8));
    if (row.deadLetterReason() != null) {
      record.headers().add(DEAD_LETTER_REASON, row.deadLetterReason().getBytes(StandardCharsets.UTF_8));
    }
    return record;
  }

  private int publishBatch(List<OutboxRow> rows) {
    if (rows.isEmpty()) {
      return 0;
    }
    List<CompletableFuture<SendResult<String, Object>>> acks = new ArrayList<>();
    for (OutboxRow row : rows) {
      acks.add(kafka.send(record(row)));
    }
    try {
      CompletableFuture.allOf(acks.toArray(CompletableFuture[]::new))
          .get(properties.sendTimeout().toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while publishing the outbox", e);
    } catch (Exception e) {
      throw new IllegalStateException("the broker did not acknowledge the outbox events", e);
    }
    outbox.markPublished(rows.stream().map(OutboxRow::id).toList(), clock.instant());
    published.increment(rows.size());
    return rows.size();
  }
}
