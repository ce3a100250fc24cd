package org.onpump.infra.faults;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.onpump.shared.kafka.Topics;

/**
 * Sends the stream to {@code onpump.case-events} at a steady pace, as a hospital integration engine would, with an
 * idempotent producer (acks=all) that rides out a broker restart: it keeps retrying for minutes, and the broker
 * drops the resends it already has, so every record is on the topic once and in order.
 */
final class StreamProducer implements AutoCloseable {

  private final KafkaProducer<String, byte[]> producer;
  private final AtomicInteger handedOver = new AtomicInteger();
  private final List<Future<RecordMetadata>> acks = new ArrayList<>();

  StreamProducer(String bootstrapServers) {
    producer = new KafkaProducer<>(Map.of(
        ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
        ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
        ProducerConfig.ACKS_CONFIG, "all",
        ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5,
        ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 300_000,
        ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000,
        ProducerConfig.MAX_BLOCK_MS_CONFIG, 300_000,
        ProducerConfig.LINGER_MS_CONFIG, 5),
        new StringSerializer(), new ByteArraySerializer());
  }

  /**
   * Hands the records to the producer at {@code perSecond} (infinite: at once); returns once all are handed over,
   * not yet acknowledged.
   */
  void send(List<StreamRecord> records, double perSecond) {
    long start = System.nanoTime();
    long interval = (long) (TimeUnit.SECONDS.toNanos(1) / perSecond);
    for (int i = 0; i < records.size(); i++) {
      long due = start + i * interval;
      long wait = due - System.nanoTime();
      if (wait > 0) {
        LockSupport.parkNanos(wait);
      }
      StreamRecord record = records.get(i);
      acks.add(producer.send(new ProducerRecord<>(Topics.CASE_EVENTS, record.key(), record.value())));
      handedOver.incrementAndGet();
    }
  }

  /** How many records have been handed over so far: the stream's progress, which the faults are timed by. */
  int sent() {
    return handedOver.get();
  }

  /**
   * Waits until every record is settled (the producer gives up on none before its delivery timeout of five
   * minutes) and fails if any could not be written.
   */
  void awaitAcknowledged() throws InterruptedException, ExecutionException {
    producer.flush();
    for (Future<RecordMetadata> ack : acks) {
      ack.get();
    }
  }

  @Override
  public void close() {
    producer.close();
  }
}
