package org.onpump.infra.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.onpump.infra.identity.TestIdentity;
import org.onpump.shared.event.NotificationRequested;
import org.onpump.shared.event.OnPumpEvent;
import org.onpump.shared.event.PageRequest;
import org.onpump.shared.event.StaffMember;
import org.onpump.shared.kafka.EventSerializer;
import org.onpump.shared.kafka.Topics;

/**
 * Issue 5's restart proof: the notifier is killed hard (kill -9) in the middle of an escalation, between two of
 * its steps, and started again. The chain completes, every step fires once, and every email goes out once.
 */
class EscalationKillTest {

  private static final Duration STEP = Duration.ofSeconds(8);

  @Test
  void aNotifierKilledMidEscalationCompletesTheChainAfterItsRestartAndSendsNothingTwice() throws Exception {
    FaultSettings settings = FaultSettings.fromSystemProperties();
    Path dir = settings.workDir().resolve("escalation-kill");
    Path logs = dir.resolve("logs");
    Files.createDirectories(logs);
    try (Database database = new Database(dir.resolve("postgres-" + UUID.randomUUID()), logs.resolve("pg.log"));
        KafkaBroker broker = new KafkaBroker(dir.resolve("kafka-" + UUID.randomUUID()), logs,
            settings.brokerClasspath());
        Mailbox mailbox = new Mailbox()) {
      database.start();
      broker.start();
      try (Service notifier = new Service("notifier-service", settings.servicesDir(), logs,
          List.of("-Xmx384m", "-XX:+UseSerialGC"), List.of(
              "--spring.datasource.url=" + database.jdbcUrl(), "--spring.datasource.username=" + Database.USER,
              "--spring.datasource.password=postgres", "--spring.kafka.bootstrap-servers=" + broker.bootstrapServers(),
              "--onpump.security.jwk-set-uri=" + TestIdentity.provider().jwkSetUri(),
              "--spring.mail.host=127.0.0.1", "--spring.mail.port=" + mailbox.smtpPort(),
              "--spring.mail.properties[mail.smtp.ehlo]=false", "--onpump.paging.tick=100ms",
              "--onpump.paging.chains.EMERGENCY[0].target=PAGED",
              "--onpump.paging.chains.EMERGENCY[0].after=" + STEP,
              "--onpump.paging.chains.EMERGENCY[1].target=SECOND_CALL",
              "--onpump.paging.chains.EMERGENCY[1].after=" + STEP,
              "--onpump.paging.chains.EMERGENCY[2].target=CHIEF",
              "--onpump.paging.chains.EMERGENCY[2].after=" + STEP))) {
        notifier.start();
        notifier.awaitReady();
        StaffMember first = person("first");
        StaffMember second = person("second");
        StaffMember chief = person("chief");
        NotificationRequested page = page(first, second, chief);
        try (KafkaProducer<String, OnPumpEvent> producer = new KafkaProducer<>(
            Map.of("bootstrap.servers", broker.bootstrapServers()), new StringSerializer(), new EventSerializer())) {
          producer.send(new ProducerRecord<>(Topics.NOTIFICATION_REQUESTS, page.partitionKey(), page)).get();
        }

        // Killed once the first escalation step has fired and been sent (an email in flight at a kill can go twice:
        // FaultToleranceTest covers that): the second and third steps fall due while it is down.
        await().atMost(Duration.ofSeconds(60)).until(() -> fired(database, page.eventId()).size() == 1
            && mailbox.count() == 2 && sent(database, page.eventId()) == 2);
        notifier.killAndRestart();
        Instant killedAt = Instant.now();
        notifier.awaitReady();
        await().atMost(Duration.ofSeconds(60)).until(() -> fired(database, page.eventId()).size() == 3);
        await().atMost(Duration.ofSeconds(30)).until(() -> mailbox.count() >= 4);
        // Anything sent twice would come within moments; wait a little to see it.
        await().pollDelay(Duration.ofSeconds(2)).until(() -> true);

        Map<String, Long> emailsPerPerson = mailbox.received().stream()
            .collect(Collectors.groupingBy(Mailbox.Mail::to, TreeMap::new, Collectors.counting()));
        assertThat(emailsPerPerson).containsExactlyInAnyOrderEntriesOf(Map.of(first.email(), 2L,
            second.email(), 1L, chief.email(), 1L));
        assertThat(mailbox.received()).extracting(Mailbox.Mail::notificationId).doesNotHaveDuplicates();
        List<String> steps = fired(database, page.eventId());
        System.out.println("[EscalationKillTest] killed at " + killedAt + "; steps: " + steps);
        assertThat(steps).hasSize(3).allMatch(step -> step.contains("paged"));
        assertThat(notifier.incarnations()).isEqualTo(2);
        try (Connection db = database.connect()) {
          assertThat(count(db, "SELECT count(*) FROM notifier.audit_entry WHERE page_id = ? AND action = 'ESCALATED'",
              page.eventId())).as("escalation steps recorded").isEqualTo(3);
          assertThat(count(db, "SELECT count(*) FROM notifier.notification WHERE page_id = ? AND status = 'SENT'",
              page.eventId())).as("notifications of the page, all sent").isEqualTo(4);
        }
      }
    }
  }

  /** {@code step fired_at outcome} of every fired step, in step order. */
  private static List<String> fired(Database database, UUID pageId) throws SQLException {
    try (Connection db = database.connect(); var query = db.prepareStatement("""
        SELECT step, fired_at, outcome FROM notifier.escalation_timer WHERE page_id = ? AND fired_at IS NOT NULL
         ORDER BY step""")) {
      query.setObject(1, pageId);
      List<String> steps = new ArrayList<>();
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          steps.add(rows.getInt(1) + " " + rows.getTimestamp(2).toInstant() + " " + rows.getString(3));
        }
      }
      return steps;
    } catch (SQLException noSchemaYet) {
      return List.of();
    }
  }

  private static long sent(Database database, UUID pageId) throws SQLException {
    try (Connection db = database.connect()) {
      return count(db, "SELECT count(*) FROM notifier.notification WHERE page_id = ? AND status = 'SENT'", pageId);
    }
  }

  private static long count(Connection db, String sql, UUID pageId) throws SQLException {
    try (var query = db.prepareStatement(sql)) {
      query.setObject(1, pageId);
      try (ResultSet rows = query.executeQuery()) {
        rows.next();
        return rows.getLong(1);
      }
    }
  }

  private static StaffMember person(String role) {
    String id = role + "-" + UUID.randomUUID().toString().substring(0, 8);
    return new StaffMember(id, role, id + "@kill.onpump.org");
  }

  private static NotificationRequested page(StaffMember first, StaffMember second, StaffMember chief) {
    return new NotificationRequested(UUID.randomUUID(), Instant.now(), "escalation-kill-test", "demo-general",
        "kill-dept", OnPumpEvent.SCHEMA_VERSION, UUID.randomUUID(), first, NotificationRequested.Urgency.URGENT,
        "EMERGENCY bypass at demo-general, OR-2", "Emergency CABG at demo-general, OR-2. Go now.",
        new PageRequest(PageRequest.Kind.EMERGENCY, List.of(
            new PageRequest.Escalation(PageRequest.Role.SECOND_CALL, second),
            new PageRequest.Escalation(PageRequest.Role.CHIEF, chief))));
  }
}
