package org.onpump.scheduler.replanning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onpump.infra.servers.KafkaTopicReader;
import org.onpump.scheduler.SchedulerServiceTest;
import org.onpump.scheduler.TestDepartment;
import org.onpump.shared.event.AssignmentChanged;
import org.onpump.shared.event.AssignmentChanged.AssignmentRole;
import org.onpump.shared.event.AssignmentChanged.ChangeReason;
import org.onpump.shared.event.CaseEnded;
import org.onpump.shared.event.CaseScheduled;
import org.onpump.shared.event.Competency;
import org.onpump.shared.event.OnPumpEvent;
import org.onpump.shared.json.EventCodec;
import org.onpump.shared.kafka.Topics;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResultAssert;

@SchedulerServiceTest
class CaseEventFlowTest {

  static final Duration PATIENCE = Duration.ofSeconds(30);

  @Autowired
  MockMvcTester mvc;

  @Autowired
  JdbcClient jdbc;

  @Autowired
  MeterRegistry meters;

  private TestDepartment department;
  private KafkaTopicReader assignmentChanges;
  private final Instant tomorrow = Instant.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);

  @BeforeEach
  void department() {
    department = TestDepartment.create(jdbc);
    assignmentChanges = new KafkaTopicReader(Topics.ASSIGNMENT_CHANGES);
  }

  @AfterEach
  void close() {
    assignmentChanges.close();
  }

  @Test
  void scheduledCaseGetsACompetentNonStudentPerfusionistAndIsAnnouncedOnKafka() {
    CaseScheduled event = department.scheduled("cabg-1", Competency.ADULT_CPB, tomorrow, 240);

    post(event).hasStatus(202).bodyJson().extractingPath("$.status").isEqualTo("ACCEPTED");

    String assignee = department.awaitAssignee(jdbc, "cabg-1").orElseThrow();
    assertThat(assignee).isIn(department.ccp(), department.boardEligible());
    AssignmentChanged change = awaitAnnouncements("cabg-1", 1).get(0);
    assertThat(change.assignee().perfusionistId()).isEqualTo(assignee);
    assertThat(change.assignee().email()).isEqualTo(assignee + "@test.onpump.org");
    assertThat(change.previousAssignee()).isNull();
    assertThat(change.reason()).isEqualTo(ChangeReason.ASSIGNED);
    assertThat(change.causationEventId()).isEqualTo(event.eventId());
    assertThat(change.plannedStart()).isEqualTo(tomorrow);
  }

  @Test
  void repeatingAnEventIdChangesNothing() {
    CaseScheduled event = department.scheduled("cabg-2", Competency.ADULT_CPB, tomorrow, 240);
    post(event).hasStatus(202);
    awaitAnnouncements("cabg-2", 1);
    double duplicatesBefore = meters.counter("onpump.case.events.processed", "outcome", "duplicate").count();

    post(event).hasStatus(202);
    post(department.scheduled("marker-2", Competency.ADULT_CPB, tomorrow.plus(2, ChronoUnit.DAYS), 120))
        .hasStatus(202);

    awaitAnnouncements("marker-2", 1);
    assertThat(announcements("cabg-2")).hasSize(1);
    assertThat(meters.counter("onpump.case.events.processed", "outcome", "duplicate").count())
        .isGreaterThan(duplicatesBefore);
  }

  @Test
  void invalidEventsAre400AndNeitherPublishedNorStored() {
    CaseScheduled unknownHospital = new CaseScheduled(UUID.randomUUID(), Instant.now(), "test-or-system",
        "nowhere-general", department.departmentId(), 1, "ghost-1", "CABG", Competency.ADULT_CPB, "OR-1", tomorrow,
        120, "America/New_York");
    CaseEnded endsBeforeItStarts = new CaseEnded(UUID.randomUUID(), Instant.now(), "test-or-system",
        department.hospitalId(), department.departmentId(), 1, "ghost-2", tomorrow, tomorrow.minusSeconds(600));

    post(unknownHospital).hasStatus(400).bodyJson().extractingPath("$.errors[0].field").isEqualTo("hospitalId");
    post(endsBeforeItStarts).hasStatus(400).bodyJson().extractingPath("$.errors[0].field").isEqualTo("endedAt");

    try (KafkaTopicReader caseEvents = new KafkaTopicReader(Topics.CASE_EVENTS)) {
      assertThat(caseEvents.readToEnd()).filteredOn(record -> record.value() != null)
          .map(record -> new String(record.value(), StandardCharsets.UTF_8))
          .noneMatch(json -> json.contains(unknownHospital.eventId().toString()))
          .noneMatch(json -> json.contains(endsBeforeItStarts.eventId().toString()));
    }
    assertThat(jdbc.sql("SELECT count(*) FROM pump_case WHERE case_id IN ('ghost-1', 'ghost-2')")
        .query(Long.class).single()).isZero();
  }

  @Test
  void cancellingAnAssignedCaseReleasesThePerfusionistAndTellsThem() {
    post(department.scheduled("to-cancel", Competency.ADULT_CPB, tomorrow, 180)).hasStatus(202);
    String assignee = department.awaitAssignee(jdbc, "to-cancel").orElseThrow();

    post(department.cancelled("to-cancel")).hasStatus(202);

    AssignmentChanged release = awaitAnnouncements("to-cancel", 2).get(1);
    assertThat(release.previousAssignee().perfusionistId()).isEqualTo(assignee);
    assertThat(release.assignee()).isNull();
    assertThat(release.reason()).isEqualTo(ChangeReason.CASE_CANCELLED);
    assertThat(department.awaitAssignee(jdbc, "to-cancel")).isEmpty();
  }

  @Test
  void aCaseMovedBeyondThePlanningWindowReleasesItsPerfusionistAndTellsThemTheNewDate() {
    post(department.scheduled("moved-out", Competency.ADULT_CPB, tomorrow, 180)).hasStatus(202);
    String assignee = department.awaitAssignee(jdbc, "moved-out").orElseThrow();
    Instant inSixWeeks = tomorrow.plus(42, ChronoUnit.DAYS);

    post(department.rescheduled("moved-out", Competency.ADULT_CPB, inSixWeeks, 180)).hasStatus(202);

    AssignmentChanged release = awaitAnnouncements("moved-out", 2).get(1);
    assertThat(release.previousAssignee().perfusionistId()).isEqualTo(assignee);
    assertThat(release.assignee()).isNull();
    assertThat(release.plannedStart()).isEqualTo(inSixWeeks);
    assertThat(department.awaitAssignee(jdbc, "moved-out")).isEmpty();
  }

  @Test
  void caseNobodyIsCompetentForIsStoredUnfilledAndAnnounced() {
    post(department.scheduled("hipec-1", Competency.HIPEC, tomorrow, 300)).hasStatus(202);

    AssignmentChanged change = awaitAnnouncements("hipec-1", 1).get(0);
    assertThat(change.assignee()).isNull();
    assertThat(change.reason()).isEqualTo(ChangeReason.UNFILLED);
    assertThat(change.affected()).isEmpty();
    assertThat(jdbc.sql("SELECT role FROM assignment WHERE hospital_id = ? AND case_id = 'hipec-1' "
            + "AND perfusionist_id IS NULL").param(department.hospitalId()).query(String.class).list())
        .as("the primary is stored unfilled; the optional student seat nobody took is not stored")
        .containsExactly("PRIMARY");
  }

  private MvcTestResultAssert post(OnPumpEvent event) {
    return assertThat(mvc.post().uri("/api/v1/case-events").contentType(MediaType.APPLICATION_JSON)
        .content(EventCodec.toJson(event)).exchange());
  }

  private List<AssignmentChanged> awaitAnnouncements(String caseId, int count) {
    await().atMost(PATIENCE)
        .untilAsserted(() -> assertThat(announcements(caseId)).hasSizeGreaterThanOrEqualTo(count));
    return announcements(caseId);
  }

  /** The changes of the case's primary seat (a CABG case may also have a student's seat). */
  private List<AssignmentChanged> announcements(String caseId) {
    return assignmentChanges.poll(record -> department.departmentId().equals(record.key())).stream()
        .map(record -> (AssignmentChanged) EventCodec.read(record.value()))
        .filter(change -> change.caseId().equals(caseId) && change.role() == AssignmentRole.PRIMARY)
        .toList();
  }

}
