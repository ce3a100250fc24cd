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
import org.onpump.shared.event.CaseScheduled;
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
  void cancellationOfAnUnknownCaseIsRecordedAndSkipped() {
    CaseCancelled cancellation = department.cancelled("never-booked");
    post(cancellation).hasStatus(202);
    post(department.scheduled("after-cancel", Competency.ADULT_CPB, tomorrow, 120)).hasStatus(202);

    assertThat(department.awaitAssignee(jdbc, "after-cancel")).isPresent();
    assertThat(jdbc.sql("SELECT outcome FROM processed_event WHERE event_id = ?").param(cancellation.eventId())
        .query(String.class).single()).isEqualTo("UNKNOWN_CASE");
  }

  private MvcTestResultAssert post(OnPumpEvent event) {
    return assertThat(mvc.post().uri("/api/v1/case-events").contentType(MediaType.APPLICATION_JSON)
        .content(EventCodec.toJson(event)).exchange());
  }

  private static String header(ConsumerRecord<String, byte[]> record, String name) {
    return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
  }
}
