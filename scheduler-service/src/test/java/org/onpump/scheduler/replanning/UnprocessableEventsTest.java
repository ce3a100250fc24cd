package org.onpump.scheduler.replanning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onpump.infra.servers.RealServers;
import org.onpump.infra.servers.KafkaTopicReader;
import org.onpump.scheduler.SchedulerServiceTest;
import org.onpump.scheduler.TestDepartment;
import org.onpump.shared.event.CaseCancelled;
import org.onpump.shared.event.CaseEnded;
import org.onpump.shared.event.CaseRescheduled;
import org.onpump.shared.event.CaseScheduled;
import org.onpump.shared.event.CaseStarted;
import org.onpump.shared.event.Competency;
import org.onpump.shared.event.OnPumpEvent;
import org.onpump.shared.json.EventCodec;
import org.onpump.shared.kafka.Topics;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResultAssert;

/** Records that cannot be applied never block a department's later events. */
@SchedulerServiceTest
class UnprocessableEventsTest {

  private static final Duration PATIENCE = CaseEventFlowTest.PATIENCE;

  @Autowired
  MockMvcTester mvc;

  @Autowired
  JdbcClient jdbc;

  private TestDepartment department;
  private final Instant tomorrow = Instant.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);

  @BeforeEach
  void department() {
    department = TestDepartment.create(jdbc);
  }

  @Test
  void recordsThatAreNotValidCaseEventsAreDeadLetteredWithTheReasonAndLaterEventsStillProcessed() {
    byte[] garbage = ("{\"type\":\"CaseScheduled\",\"eventId\":\"not-a-uuid\",\"departmentId\":\""
        + department.departmentId() + "\"}").getBytes(StandardCharsets.UTF_8);
    CaseScheduled strangeHospital = new CaseScheduled(UUID.randomUUID(), Instant.now(), "test-or-system",
        "nowhere-general", department.departmentId(), 1, "ghost-3", "CABG", Competency.ADULT_CPB, "OR-1", tomorrow,
        120, "America/New_York");
    try (var producer = new KafkaProducer<>(Map.<String, Object>of("bootstrap.servers",
        RealServers.kafka().bootstrapServers()), new StringSerializer(), new ByteArraySerializer())) {
      producer.send(new ProducerRecord<>(Topics.CASE_EVENTS, department.departmentId(), garbage));
      producer.send(new ProducerRecord<>(Topics.CASE_EVENTS, department.departmentId(),
          EventCodec.toBytes(strangeHospital)));
      producer.flush();
    }
    post(department.scheduled("after-garbage", Competency.ADULT_CPB, tomorrow, 120)).hasStatus(202);

    assertThat(department.awaitAssignee(jdbc, "after-garbage")).isPresent();
    try (KafkaTopicReader deadLetters = new KafkaTopicReader(Topics.DEAD_LETTER)) {
      await().atMost(PATIENCE).untilAsserted(() -> assertThat(
          deadLetters.poll(record -> department.departmentId().equals(record.key()))).hasSize(2));
      List<ConsumerRecord<String, byte[]>> parked =
          deadLetters.poll(record -> department.departmentId().equals(record.key()));
      assertThat(parked.get(0).value()).isEqualTo(garbage);
      assertThat(header(parked.get(0), "onpump_dlt-reason")).contains("eventId");
      assertThat(header(parked.get(0), KafkaHeaders.DLT_ORIGINAL_TOPIC)).isEqualTo(Topics.CASE_EVENTS);
      assertThat(EventCodec.read(parked.get(1).value())).isEqualTo(strangeHospital);
      assertThat(header(parked.get(1), "onpump_dlt-reason")).contains("hospitalId");
      assertThat(header(parked.get(1), KafkaHeaders.DLT_EXCEPTION_MESSAGE)).contains("hospitalId");
    }
  }

  @Test
  void refusedRecordsAreStoredForAnOperatorWithTheirReasonAndCounted() {
    UUID unknownHospitalEvent = UUID.randomUUID();
    CaseScheduled strangeHospital = new CaseScheduled(unknownHospitalEvent, Instant.now(), "test-or-system",
        "nowhere-general", department.departmentId(), 1, "ghost-4", "CABG", Competency.ADULT_CPB, "OR-1", tomorrow,
        120, "America/New_York");
    try (var producer = new KafkaProducer<>(Map.<String, Object>of("bootstrap.servers",
        RealServers.kafka().bootstrapServers()), new StringSerializer(), new ByteArraySerializer())) {
      producer.send(new ProducerRecord<>(Topics.CASE_EVENTS, department.departmentId(),
          EventCodec.toBytes(strangeHospital)));
      producer.flush();
    }

    await().atMost(PATIENCE).untilAsserted(() -> assertThat(mvc.get()
        .uri("/api/v1/case-events/{id}", unknownHospitalEvent).exchange())
        .hasStatusOk().bodyJson().extractingPath("$.status").isEqualTo("REJECTED"));
    assertThat(mvc.get().uri("/api/v1/case-events/{id}", unknownHospitalEvent).exchange())
        .bodyJson().extractingPath("$.reason").asString().contains("hospitalId");
    assertThat(mvc.get().uri("/api/v1/rejected-events?departmentId={d}", department.departmentId()).exchange())
        .hasStatusOk().bodyJson().extractingPath("$[0].caseId").isEqualTo("ghost-4");
    assertThat(mvc.get().uri("/actuator/prometheus").exchange()).bodyText()
        .contains("onpump_events_rejected_total{kind=\"unknown-hospital\"");
  }

  @Test
  void anEmptyRecordIsRefusedAndStoredNotSkipped() {
    try (var producer = new KafkaProducer<>(Map.<String, Object>of("bootstrap.servers",
        RealServers.kafka().bootstrapServers()), new StringSerializer(), new ByteArraySerializer())) {
      producer.send(new ProducerRecord<>(Topics.CASE_EVENTS, department.departmentId(), null));
      producer.flush();
    }

    await().atMost(PATIENCE).untilAsserted(() -> assertThat(jdbc.sql("""
            SELECT reason FROM rejected_event WHERE source_topic = ? AND department_id IS NULL
              AND reason LIKE '%empty%' AND rejected_at > now() - interval '5 minutes'""")
        .param(Topics.CASE_EVENTS).query(String.class).list()).isNotEmpty());
  }

  @Test
  void aCancellationThatArrivesBeforeItsBookingIsParkedThenApplied() {
    Instant booked = Instant.now().minusSeconds(60);
    CaseCancelled cancellation = new CaseCancelled(UUID.randomUUID(), booked.plusSeconds(30), "test-or-system",
        department.hospitalId(), department.departmentId(), 1, "late-booking");
    CaseScheduled booking = new CaseScheduled(UUID.randomUUID(), booked, "test-or-system", department.hospitalId(),
        department.departmentId(), 1, "late-booking", "CABG", Competency.ADULT_CPB, "OR-1", tomorrow, 120,
        TestDepartment.ZONE);
    post(cancellation).hasStatus(202);
    await().atMost(PATIENCE).until(() -> outcome(cancellation.eventId()).equals("PARKED"));
    post(booking).hasStatus(202);

    await().atMost(PATIENCE).until(() -> outcome(cancellation.eventId()).equals("APPLIED"));
    assertThat(outcome(booking.eventId())).isEqualTo("APPLIED");
    assertThat(caseStatus("late-booking")).isEqualTo("CANCELLED");
  }

  @Test
  void anEventOlderThanWhatTheCaseKnowsIsStaleAndChangesNothing() {
    Instant now = Instant.now();
    post(department.scheduled("moved-twice", Competency.ADULT_CPB, tomorrow, 120)).hasStatus(202);
    CaseRescheduled newer = new CaseRescheduled(UUID.randomUUID(), now.plusSeconds(20), "test-or-system",
        department.hospitalId(), department.departmentId(), 1, "moved-twice", "CABG", Competency.ADULT_CPB, "OR-2",
        tomorrow.plusSeconds(3600), 120, TestDepartment.ZONE);
    CaseRescheduled older = new CaseRescheduled(UUID.randomUUID(), now.plusSeconds(10), "test-or-system",
        department.hospitalId(), department.departmentId(), 1, "moved-twice", "CABG", Competency.ADULT_CPB, "OR-3",
        tomorrow.plusSeconds(7200), 120, TestDepartment.ZONE);
    post(newer).hasStatus(202);
    post(older).hasStatus(202);

    await().atMost(PATIENCE).until(() -> outcome(older.eventId()).equals("STALE"));
    assertThat(jdbc.sql("SELECT or_room FROM pump_case WHERE hospital_id = ? AND case_id = ?")
        .params(department.hospitalId(), "moved-twice").query(String.class).single()).isEqualTo("OR-2");
  }

  @Test
  void aStartAfterTheEndIsRejectedWithTheReasonAndDeadLettered() {
    Instant now = Instant.now();
    CaseScheduled booking = new CaseScheduled(UUID.randomUUID(), now.minusSeconds(600), "test-or-system",
        department.hospitalId(), department.departmentId(), 1, "ended-early", "CABG", Competency.ADULT_CPB, "OR-1",
        now.minusSeconds(7200), 60, TestDepartment.ZONE);
    CaseEnded ended = new CaseEnded(UUID.randomUUID(), now.minusSeconds(300), "test-or-system",
        department.hospitalId(), department.departmentId(), 1, "ended-early", now.minusSeconds(7200),
        now.minusSeconds(3600));
    CaseStarted startedAfterEnd = new CaseStarted(UUID.randomUUID(), now.minusSeconds(100), "test-or-system",
        department.hospitalId(), department.departmentId(), 1, "ended-early", now.minusSeconds(200));
    post(booking).hasStatus(202);
    post(ended).hasStatus(202);
    post(startedAfterEnd).hasStatus(202);

    await().atMost(PATIENCE).until(() -> outcome(startedAfterEnd.eventId()).equals("REJECTED"));
    assertThat(caseStatus("ended-early")).isEqualTo("DONE");
    assertThat(mvc.get().uri("/api/v1/case-events/{id}", startedAfterEnd.eventId()).exchange())
        .bodyJson().extractingPath("$.reason").asString().contains("cannot start").contains("finished");
    try (KafkaTopicReader deadLetters = new KafkaTopicReader(Topics.DEAD_LETTER)) {
      await().atMost(PATIENCE).untilAsserted(() ->
          assertThat(deadLetters.poll(record -> isDeadLetterOf(record, startedAfterEnd.eventId()))).hasSize(1));
      ConsumerRecord<String, byte[]> refused =
          deadLetters.poll(record -> isDeadLetterOf(record, startedAfterEnd.eventId())).get(0);
      assertThat(header(refused, "onpump_dlt-reason")).contains("cannot start");
    }
  }

  private boolean isDeadLetterOf(ConsumerRecord<String, byte[]> record, UUID eventId) {
    return department.departmentId().equals(record.key()) && record.value() != null && record.value().length > 0
        && EventCodec.read(record.value()).eventId().equals(eventId);
  }

  private String outcome(UUID eventId) {
    return jdbc.sql("SELECT outcome FROM processed_event WHERE event_id = ?").param(eventId).query(String.class)
        .optional().orElse("");
  }

  private String caseStatus(String caseId) {
    return jdbc.sql("SELECT status FROM pump_case WHERE hospital_id = ? AND case_id = ?")
        .params(department.hospitalId(), caseId).query(String.class).single();
  }

  private MvcTestResultAssert post(OnPumpEvent event) {
    return assertThat(mvc.post().uri("/api/v1/case-events").contentType(MediaType.APPLICATION_JSON)
        .content(EventCodec.toJson(event)).exchange());
  }

  private static String header(ConsumerRecord<String, byte[]> record, String name) {
    return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
  }
}
