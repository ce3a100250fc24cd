package org.onpump.infra.benchmarks;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.onpump.shared.event.AssignmentChanged;
import org.onpump.shared.event.AssignmentChanged.AssignmentRole;
import org.onpump.shared.event.NotificationRequested;
import org.onpump.shared.event.OnPumpEvent;
import org.onpump.shared.json.EventCodec;
import org.onpump.shared.kafka.Topics;

/**
 * Watches what the scheduler publishes, from the end of the topics as they were when it started: when the first
 * {@code AssignmentChanged} caused by each case event was read, who holds the primary (or stand-by) seat of each
 * case, and which urgent {@code NotificationRequested} each event caused. One consumer, no group, its own thread.
 */
final class PipelineObserver implements AutoCloseable {

  private final KafkaConsumer<String, byte[]> consumer;
  private final Thread thread;
  private final Map<UUID, Long> firstChangeByCause = new ConcurrentHashMap<>();
  private final Map<String, String> primaryHolder = new ConcurrentHashMap<>();
  private final Map<UUID, Set<UUID>> urgentByCause = new ConcurrentHashMap<>();
  private final Map<UUID, Long> firstUrgentByCause = new ConcurrentHashMap<>();
  private final AtomicLong changes = new AtomicLong();
  private final AtomicLong requests = new AtomicLong();
  private volatile boolean running = true;

  PipelineObserver(String bootstrapServers) {
    consumer = new KafkaConsumer<>(Map.of("bootstrap.servers", bootstrapServers), new StringDeserializer(),
        new ByteArrayDeserializer());
    List<TopicPartition> partitions = List.of(Topics.ASSIGNMENT_CHANGES, Topics.NOTIFICATION_REQUESTS).stream()
        .flatMap(topic -> consumer.partitionsFor(topic).stream().map(p -> new TopicPartition(topic, p.partition())))
        .toList();
    consumer.assign(partitions);
    consumer.seekToEnd(partitions);
    // Resolve the end offsets now: a lazy seek would skip whatever is published before the first poll.
    partitions.forEach(consumer::position);
    thread = new Thread(this::run, "pipeline-observer");
    thread.setDaemon(true);
    thread.start();
  }

  private void run() {
    try {
      while (running) {
        ConsumerRecords<String, byte[]> records = consumer.poll(Duration.ofMillis(100));
        long now = System.nanoTime();
        for (ConsumerRecord<String, byte[]> record : records) {
          read(record, now);
        }
      }
    } catch (WakeupException e) {
      // closing
    } finally {
      consumer.close(Duration.ofSeconds(2));
    }
  }

  private void read(ConsumerRecord<String, byte[]> record, long now) {
    OnPumpEvent event;
    try {
      event = EventCodec.read(record.value());
    } catch (RuntimeException e) {
      return;
    }
    if (event instanceof AssignmentChanged change) {
      changes.incrementAndGet();
      firstChangeByCause.putIfAbsent(change.causationEventId(), now);
      if (change.role() == AssignmentRole.PRIMARY || change.role() == AssignmentRole.STANDBY) {
        String key = change.hospitalId() + "/" + change.caseId();
        if (change.assignee() == null) {
          primaryHolder.remove(key);
        } else {
          primaryHolder.put(key, change.assignee().perfusionistId());
        }
      }
    } else if (event instanceof NotificationRequested request) {
      requests.incrementAndGet();
      if (request.urgency() == NotificationRequested.Urgency.URGENT) {
        urgentByCause.computeIfAbsent(request.causationEventId(), id -> ConcurrentHashMap.newKeySet())
            .add(request.eventId());
        firstUrgentByCause.putIfAbsent(request.causationEventId(), now);
      }
    }
  }

  /** When the first assignment change caused by the event was read, or null. */
  Long firstChangeCausedBy(UUID eventId) {
    return firstChangeByCause.get(eventId);
  }

  /** Whether someone holds the case's primary or stand-by seat, as last announced. */
  boolean isHeld(String hospitalId, String caseId) {
    return primaryHolder.containsKey(hospitalId + "/" + caseId);
  }

  /** The urgent notifications the event caused so far. */
  Set<UUID> urgentNotificationsCausedBy(UUID eventId) {
    return urgentByCause.getOrDefault(eventId, Set.of());
  }

  /** When the first urgent notification request the event caused was read, or null. */
  Long firstUrgentRequestCausedBy(UUID eventId) {
    return firstUrgentByCause.get(eventId);
  }

  long assignmentChanges() {
    return changes.get();
  }

  long notificationRequests() {
    return requests.get();
  }

  @Override
  public void close() {
    running = false;
    consumer.wakeup();
    try {
      thread.join(5000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
