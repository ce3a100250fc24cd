package org.onpump.infra.benchmarks;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.onpump.infra.servers.EmbeddedServers;
import org.onpump.shared.event.CaseEvent;
import org.onpump.shared.json.EventCodec;
import org.onpump.shared.kafka.Topics;

/**
 * The replay benchmark: fresh servers, several generated departments seeded, their history (valid case events,
 * in time order) put on {@code onpump.case-events} before the scheduler ever runs; then the scheduler starts with a
 * fresh consumer group and database and is timed until every event is accounted for and nothing is left to
 * replan. Beside it, in the same run, a plain consumer reads the same records from the beginning.
 */
final class ReplayBenchmark {

  private static final ZoneId ZONE = ZoneId.of("America/New_York");

  private ReplayBenchmark() {
  }

  static ReplayResult run(PipelineOptions options) {
    progress("starting fresh PostgreSQL and Kafka, creating the scheduler's schema");
    try (EmbeddedServers servers = BenchServers.start()) {
      String bootstrap = servers.kafka().bootstrapServers();
      List<SeededDepartment> departments = new ArrayList<>();
      for (int i = 1; i <= options.replayDepartments(); i++) {
        departments.add(DepartmentSeeder.seed(servers.postgres(), options.replaySize(), options.seed() + i,
            "replay-" + options.replaySize().name().toLowerCase(Locale.ROOT) + i,
            DepartmentSeeder.Shift.toWeekOf(LocalDate.now(ZONE), ZONE)));
      }
      List<CaseEvent> events = ReplayStream.generate(departments, options.replayEvents(), Instant.now(),
          options.seed());
      progress("seeded " + departments.size() + " departments; producing " + events.size() + " case events");
      long produceMillis = produce(bootstrap, events);
      List<Long> rawReads = new ArrayList<>();
      rawReads.add(rawRead(bootstrap, events.size()));
      progress("produced in " + produceMillis + " ms; raw consumer read them in " + rawReads.get(0)
          + " ms; starting the scheduler");
      ReplayProgress.Outcome outcome;
      try (ServiceJvm scheduler = BenchServers.scheduler(options, servers, options.logDir().resolve("replay"));
          ReplayProgress progress = new ReplayProgress(servers.postgres(), scheduler)) {
        outcome = progress.awaitQuiescence(events.size(), options.replayTimeout());
        BenchServers.saveMetrics(scheduler, "scheduler-service");
      }
      rawReads.add(rawRead(bootstrap, events.size()));
      progress("raw consumer read them again in " + rawReads.get(1) + " ms");
      return new ReplayResult(departments.size(), options.replaySize().name(), events.size(), produceMillis,
          rawReads, outcome.readyMillis(), outcome.firstProcessedMillis(), outcome.accountedMillis(),
          outcome.quiescentMillis(), outcome.drainedMillis(), outcome.dirtyTracked(), outcome.accounted(),
          outcome.rejected(), outcome.outcomes(), outcome.outboxRows(), outcome.timedOut());
    }
  }

  /** Puts the events on the case-events topic as the intake does (keyed by department), waiting for every ack. */
  private static long produce(String bootstrap, List<CaseEvent> events) {
    long started = System.nanoTime();
    try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of("bootstrap.servers", bootstrap,
        "acks", "all", "linger.ms", 5), new StringSerializer(), new ByteArraySerializer())) {
      for (CaseEvent event : events) {
        producer.send(new ProducerRecord<>(Topics.CASE_EVENTS, event.partitionKey(), EventCodec.toBytes(event)));
      }
      producer.flush();
    }
    return (System.nanoTime() - started) / 1_000_000;
  }

  /** A plain consumer in a group of its own reads the topic from the beginning: milliseconds to the last record. */
  static long rawRead(String bootstrap, int expected) {
    long started = System.nanoTime();
    try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of("bootstrap.servers", bootstrap,
        "group.id", "onpump-bench-raw-" + UUID.randomUUID(), "auto.offset.reset", "earliest"),
        new StringDeserializer(), new ByteArrayDeserializer())) {
      consumer.subscribe(List.of(Topics.CASE_EVENTS));
      long read = 0;
      long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
      while (read < expected) {
        if (System.nanoTime() > deadline) {
          throw new IllegalStateException("the raw consumer read only " + read + " of " + expected + " records");
        }
        read += consumer.poll(Duration.ofMillis(100)).count();
      }
      return (System.nanoTime() - started) / 1_000_000;
    }
  }

  static void progress(String message) {
    Progress.say("replay", message);
  }
}
