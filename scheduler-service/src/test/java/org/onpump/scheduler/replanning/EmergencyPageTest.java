package org.onpump.scheduler.replanning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.onpump.infra.servers.KafkaTopicReader;
import org.onpump.scheduler.SchedulerServiceTest;
import org.onpump.scheduler.TestDepartment;
import org.onpump.shared.event.Competency;
import org.onpump.shared.event.EmergencyBypassRequested;
import org.onpump.shared.event.NotificationRequested;
import org.onpump.shared.event.PageRequest;
import org.onpump.shared.json.EventCodec;
import org.onpump.shared.kafka.Topics;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.MessageListenerContainer;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * An emergency bypass pages a qualified, free perfusionist at once, and pins them to the case; the page does not wait
 * for the department's listener.
 */
@SchedulerServiceTest
class EmergencyPageTest {

  @Autowired
  MockMvcTester mvc;

  @Autowired
  JdbcClient jdbc;

  @Autowired
  KafkaListenerEndpointRegistry listeners;

  @Test
  void anEmergencyPagesTheOnlyEcmoQualifiedPersonOnceAndPinsThemToTheCase() {
    TestDepartment department = TestDepartment.create(jdbc);
    jdbc.sql("UPDATE department SET chief_perfusionist_id = ? WHERE id = ?")
        .params(department.boardEligible(), department.departmentId()).update();
    EmergencyBypassRequested emergency = new EmergencyBypassRequested(UUID.randomUUID(), Instant.now(),
        "test-or-system", department.hospitalId(), department.departmentId(), 1, "crash-1", "ECMO_CANNULATION",
        Competency.ECMO_ADULT, "ICU-2", 240, TestDepartment.ZONE);

    try (KafkaTopicReader pages = new KafkaTopicReader(Topics.NOTIFICATION_REQUESTS)) {
      for (int i = 0; i < 2; i++) {
        assertThat(mvc.post().uri("/api/v1/case-events").contentType(MediaType.APPLICATION_JSON)
            .content(EventCodec.toJson(emergency)).exchange()).hasStatus(202);
      }
      await().atMost(CaseEventFlowTest.PATIENCE).untilAsserted(() -> assertThat(pagesFor(pages, emergency))
          .hasSize(1));
      stillOnePageAfterAWhile(pages, emergency);
      NotificationRequested page = pagesFor(pages, emergency).get(0);
      assertThat(page.urgency()).isEqualTo(NotificationRequested.Urgency.URGENT);
      assertThat(page.recipient().perfusionistId()).isEqualTo(department.ccp());
      assertThat(page.subject()).startsWith("EMERGENCY bypass at " + department.hospitalId());
      // No on-call seat covers the moment, so no second call: the notifier escalates to the chief.
      assertThat(page.page().kind()).isEqualTo(PageRequest.Kind.EMERGENCY);
      assertThat(page.page().escalation()).extracting(e -> e.role() + " " + e.person().perfusionistId())
          .containsExactly("CHIEF " + department.boardEligible());
    }
    await().atMost(CaseEventFlowTest.PATIENCE).untilAsserted(() ->
        assertThat(pinnedPrimary(department, "crash-1")).contains(department.ccp()));
  }

  @Test
  void theFastLanePagesWhileTheDepartmentsListenerIsBusyAndTheListenerPinsTheSamePerson() {
    MessageListenerContainer fastLane = listeners.getListenerContainer("emergency-fast-lane");
    await().atMost(CaseEventFlowTest.PATIENCE).until(() -> !fastLane.getAssignedPartitions().isEmpty());
    TestDepartment department = TestDepartment.create(jdbc);
    EmergencyBypassRequested emergency = new EmergencyBypassRequested(UUID.randomUUID(), Instant.now(),
        "test-or-system", department.hospitalId(), department.departmentId(), 1, "crash-busy", "ECMO_CANNULATION",
        Competency.ECMO_ADULT, "ICU-3", 240, TestDepartment.ZONE);
    MessageListenerContainer caseEvents = listeners.getListenerContainer("case-events");

    try (KafkaTopicReader pages = new KafkaTopicReader(Topics.NOTIFICATION_REQUESTS)) {
      caseEvents.pause();
      try {
        await().atMost(CaseEventFlowTest.PATIENCE).until(caseEvents::isContainerPaused);
        assertThat(mvc.post().uri("/api/v1/case-events").contentType(MediaType.APPLICATION_JSON)
            .content(EventCodec.toJson(emergency)).exchange()).hasStatus(202);

        await().atMost(CaseEventFlowTest.PATIENCE).untilAsserted(() -> assertThat(pagesFor(pages, emergency))
            .singleElement().extracting(page -> page.recipient().perfusionistId()).isEqualTo(department.ccp()));
        assertThat(jdbc.sql("SELECT count(*) FROM pump_case WHERE hospital_id = ? AND case_id = 'crash-busy'")
            .param(department.hospitalId()).query(Long.class).single()).as("not applied yet").isZero();
      } finally {
        caseEvents.resume();
      }
      await().atMost(CaseEventFlowTest.PATIENCE).untilAsserted(() ->
          assertThat(pinnedPrimary(department, "crash-busy")).contains(department.ccp()));
      stillOnePageAfterAWhile(pages, emergency);
    }
  }

  @Test
  void twoEmergenciesAtOnceNeverPageOrPinTheSamePerson() {
    MessageListenerContainer fastLane = listeners.getListenerContainer("emergency-fast-lane");
    await().atMost(CaseEventFlowTest.PATIENCE).until(() -> !fastLane.getAssignedPartitions().isEmpty());
    TestDepartment department = TestDepartment.create(jdbc);
    EmergencyBypassRequested first = adultEmergency(department, "crash-a");
    EmergencyBypassRequested second = adultEmergency(department, "crash-b");
    MessageListenerContainer caseEvents = listeners.getListenerContainer("case-events");

    try (KafkaTopicReader pages = new KafkaTopicReader(Topics.NOTIFICATION_REQUESTS)) {
      caseEvents.pause();
      try {
        await().atMost(CaseEventFlowTest.PATIENCE).until(caseEvents::isContainerPaused);
        for (EmergencyBypassRequested emergency : List.of(first, second)) {
          assertThat(mvc.post().uri("/api/v1/case-events").contentType(MediaType.APPLICATION_JSON)
              .content(EventCodec.toJson(emergency)).exchange()).hasStatus(202);
        }
        await().atMost(CaseEventFlowTest.PATIENCE).untilAsserted(() -> {
          assertThat(pagesFor(pages, first)).hasSize(1);
          assertThat(pagesFor(pages, second)).hasSize(1);
        });
      } finally {
        caseEvents.resume();
      }
      String firstPaged = pagesFor(pages, first).get(0).recipient().perfusionistId();
      String secondPaged = pagesFor(pages, second).get(0).recipient().perfusionistId();
      assertThat(firstPaged).isNotEqualTo(secondPaged);
      await().atMost(CaseEventFlowTest.PATIENCE).untilAsserted(() -> {
        assertThat(pinnedPrimary(department, "crash-a")).contains(firstPaged);
        assertThat(pinnedPrimary(department, "crash-b")).contains(secondPaged);
      });
    }
  }

  private static EmergencyBypassRequested adultEmergency(TestDepartment department, String caseId) {
    return new EmergencyBypassRequested(UUID.randomUUID(), Instant.now(), "test-or-system", department.hospitalId(),
        department.departmentId(), 1, caseId, "EMERGENCY_CPB", Competency.ADULT_CPB, "OR-9", 240, TestDepartment.ZONE);
  }

  /** A second page would come within a relay tick or two: after a few, there is still one. */
  private static void stillOnePageAfterAWhile(KafkaTopicReader pages, EmergencyBypassRequested emergency) {
    await().pollInSameThread().pollDelay(Duration.ofMillis(1500)).atMost(Duration.ofSeconds(5))
        .untilAsserted(() -> assertThat(pagesFor(pages, emergency)).hasSize(1));
  }

  private Optional<String> pinnedPrimary(TestDepartment department, String caseId) {
    return jdbc.sql("""
            SELECT perfusionist_id FROM assignment WHERE hospital_id = ? AND case_id = ? AND role = 'PRIMARY'
              AND pinned""")
        .params(department.hospitalId(), caseId).query(String.class).optional();
  }

  private static List<NotificationRequested> pagesFor(KafkaTopicReader pages, EmergencyBypassRequested emergency) {
    return pages.poll(record -> emergency.departmentId().equals(record.key())).stream()
        .map(ConsumerRecord::value).map(EventCodec::read).map(NotificationRequested.class::cast)
        .filter(request -> emergency.eventId().equals(request.causationEventId()))
        // The replanning it causes sends routine on-call notices with the same cause: pages are the urgent ones.
        .filter(request -> request.urgency() == NotificationRequested.Urgency.URGENT).toList();
  }
}
