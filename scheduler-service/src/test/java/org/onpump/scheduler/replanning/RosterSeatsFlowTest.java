package org.onpump.scheduler.replanning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onpump.infra.servers.KafkaTopicReader;
import org.onpump.scheduler.SchedulerServiceTest;
import org.onpump.scheduler.TestDepartment;
import org.onpump.shared.event.AssignmentChanged;
import org.onpump.shared.event.AssignmentChanged.AssignmentRole;
import org.onpump.shared.event.AssignmentChanged.ChangeReason;
import org.onpump.shared.event.Competency;
import org.onpump.shared.event.NotificationRequested;
import org.onpump.shared.event.NotificationRequested.Urgency;
import org.onpump.shared.event.OnPumpEvent;
import org.onpump.shared.json.EventCodec;
import org.onpump.shared.kafka.Topics;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** The live service rosters every seat of the full model: second perfusionists, on call, pins and time off. */
@SchedulerServiceTest
class RosterSeatsFlowTest {

  @Autowired
  MockMvcTester mvc;

  @Autowired
  JdbcClient jdbc;

  private TestDepartment department;
  private KafkaTopicReader assignmentChanges;
  private final Instant inThreeDays = Instant.now().plus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);

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
  void aCaseNeedingASecondPerfusionistGetsBothSeatsAnnouncedToTwoPeople() {
    String secondCcp = department.addPerson(jdbc, "ccp2-" + department.departmentId(), "Cy Second", "CCP",
        Competency.ADULT_CPB);
    post(department.scheduled("tx-1", "TRANSPLANT", Competency.ADULT_CPB, inThreeDays, 300));

    await().atMost(CaseEventFlowTest.PATIENCE).untilAsserted(() -> assertThat(holders("tx-1"))
        .containsKeys(AssignmentRole.PRIMARY, AssignmentRole.SECOND));
    Map<AssignmentRole, String> holders = holders("tx-1");
    assertThat(holders.get(AssignmentRole.PRIMARY)).as("a board-eligible may not lead a transplant")
        .isIn(department.ccp(), secondCcp);
    assertThat(holders.get(AssignmentRole.SECOND)).isNotNull().isNotEqualTo(holders.get(AssignmentRole.PRIMARY))
        .isIn(department.ccp(), secondCcp, department.boardEligible());
    assertThat(jdbc.sql("SELECT role FROM assignment WHERE hospital_id = ? AND case_id = 'tx-1'")
        .param(department.hospitalId()).query(String.class).list()).contains("PRIMARY", "SECOND");
    assertThat(mvc.get().uri("/api/v1/departments/{id}/assignments?from={from}&to={to}", department.departmentId(),
        inThreeDays, inThreeDays.plusSeconds(60))).bodyJson().extractingPath("$.assignments[*].role").asArray()
        .startsWith("PRIMARY", "SECOND");

    // The hospital turns it into a CABG: no second perfusionist any more, and its holder is told so.
    String second = holders.get(AssignmentRole.SECOND);
    post(department.rescheduled("tx-1", Competency.ADULT_CPB, inThreeDays, 300));

    await().atMost(CaseEventFlowTest.PATIENCE).untilAsserted(() -> assertThat(changes("tx-1"))
        .anySatisfy(change -> {
          assertThat(change.role()).isEqualTo(AssignmentRole.SECOND);
          assertThat(change.reason()).isEqualTo(ChangeReason.SEAT_REMOVED);
          assertThat(change.previousAssignee().perfusionistId()).isEqualTo(second);
          assertThat(change.assignee()).isNull();
        }));
    assertThat(jdbc.sql("SELECT count(*) FROM assignment WHERE hospital_id = ? AND case_id = 'tx-1' "
        + "AND role = 'SECOND'").param(department.hospitalId()).query(Long.class).single()).isZero();
  }

  @Test
  void onCallSeatsAreStoredForEveryNightAndWeekendDayOfTheWindowAndTheirHoldersAreTold() {
    try (KafkaTopicReader notices = new KafkaTopicReader(Topics.NOTIFICATION_REQUESTS)) {
      post(department.scheduled("call-1", Competency.ADULT_CPB, inThreeDays, 120));
      department.awaitAssignee(jdbc, "call-1");

      ZoneId zone = ZoneId.of(TestDepartment.ZONE);
      LocalDate today = LocalDate.now(zone);
      Map<String, String> seats = jdbc.sql("SELECT seat_id, perfusionist_id FROM on_call_seat WHERE department_id = ?")
          .param(department.departmentId())
          .query((row, n) -> Map.entry(row.getString(1), String.valueOf(row.getString(2))))
          .list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
      Set<String> graduates = Set.of(department.ccp(), department.boardEligible());
      for (LocalDate day = today; day.isBefore(today.plusDays(14)); day = day.plusDays(1)) {
        List<String> parts = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY
            ? List.of("DAY", "NIGHT") : List.of("NIGHT");
        for (String part : parts) {
          if (part.equals("DAY") && day.atTime(17, 0).atZone(zone).toInstant().isBefore(Instant.now())) {
            continue; // a day on call that is already over and was never held is not rostered
          }
          String first = seats.get(department.hospitalId() + "/" + day + "/" + part + "/FIRST_CALL");
          String second = seats.get(department.hospitalId() + "/" + day + "/" + part + "/SECOND_CALL");
          assertThat(first).as(day + " " + part).isIn(graduates);
          assertThat(second).as(day + " " + part).isIn(graduates).isNotEqualTo(first);
        }
      }
      assertThat(mvc.get().uri("/api/v1/departments/{id}/on-call?from={from}&to={to}", department.departmentId(),
          Instant.now(), Instant.now().plus(2, ChronoUnit.DAYS))).hasStatus(200).bodyJson()
          .extractingPath("$.onCall[*].perfusionistName").asArray().isNotEmpty()
          .allSatisfy(name -> assertThat(name).isIn("Cora Certified", "Bo Eligible"));

      await().atMost(CaseEventFlowTest.PATIENCE).untilAsserted(() -> assertThat(onCallNotices(notices))
          .extracting(notice -> notice.recipient().perfusionistId()).containsAll(graduates));
      assertThat(onCallNotices(notices)).allSatisfy(notice -> {
        assertThat(notice.urgency()).isEqualTo(Urgency.ROUTINE);
        assertThat(notice.subject()).startsWith("OnPump: your on-call rota changed");
        assertThat(notice.message()).containsPattern("now (first|second) call, night of").doesNotContain("call-1");
        assertThat(notice.violations()).isEmpty();
      });
    }
  }

  @Test
  void timeOffTakenAfterAnAssignmentMovesTheSeatUnlessAManagerPinnedIt() {
    // Two more graduates: with one off and up to two resting after a night on call, N + 1 still leaves someone to
    // take the case and someone spare, whatever the hour the test runs at. No student seats: the move is one move.
    department.addPerson(jdbc, "be2-" + department.departmentId(), "Bea Backup", "BOARD_ELIGIBLE",
        Competency.ADULT_CPB);
    department.addPerson(jdbc, "be3-" + department.departmentId(), "Cy Cover", "BOARD_ELIGIBLE",
        Competency.ADULT_CPB);
    jdbc.sql("INSERT INTO department_policy (department_id, student_seats) VALUES (?, false)")
        .param(department.departmentId()).update();
    Instant dayAfter = inThreeDays.plus(1, ChronoUnit.DAYS);
    post(department.scheduled("moves", Competency.ADULT_CPB, inThreeDays, 120));
    post(department.scheduled("pinned", Competency.ADULT_CPB, dayAfter, 120));
    String movesFrom = department.awaitAssignee(jdbc, "moves").orElseThrow();
    String pinnedTo = department.awaitAssignee(jdbc, "pinned").orElseThrow();
    jdbc.sql("UPDATE assignment SET pinned = true WHERE hospital_id = ? AND case_id = 'pinned' AND role = 'PRIMARY'")
        .param(department.hospitalId()).update();
    timeOff(movesFrom, inThreeDays.minusSeconds(3600), inThreeDays.plusSeconds(4 * 3600));
    timeOff(pinnedTo, dayAfter.minusSeconds(3600), dayAfter.plusSeconds(4 * 3600));

    post(department.scheduled("trigger", Competency.ADULT_CPB, inThreeDays.plus(5, ChronoUnit.DAYS), 60));

    department.awaitAssignee(jdbc, "trigger");
    await().atMost(CaseEventFlowTest.PATIENCE).untilAsserted(() ->
        assertThat(department.awaitAssignee(jdbc, "moves")).isPresent().get().isNotEqualTo(movesFrom));
    assertThat(department.awaitAssignee(jdbc, "pinned")).contains(pinnedTo);
  }

  private void timeOff(String perfusionistId, Instant start, Instant end) {
    jdbc.sql("INSERT INTO perfusionist_time_off (perfusionist_id, starts_at, ends_at) "
        + "VALUES (?, ?::timestamptz, ?::timestamptz)").params(perfusionistId, start.toString(), end.toString())
        .update();
  }

  private void post(OnPumpEvent event) {
    assertThat(mvc.post().uri("/api/v1/case-events").contentType(MediaType.APPLICATION_JSON)
        .content(EventCodec.toJson(event))).hasStatus(202);
  }

  private List<AssignmentChanged> changes(String caseId) {
    return assignmentChanges.poll(record -> department.departmentId().equals(record.key())).stream()
        .map(record -> (AssignmentChanged) EventCodec.read(record.value()))
        .filter(change -> change.caseId().equals(caseId))
        .toList();
  }

  /** Who was last announced for each seat of the case (null values are left out). */
  private Map<AssignmentRole, String> holders(String caseId) {
    Map<AssignmentRole, String> holders = new java.util.EnumMap<>(AssignmentRole.class);
    changes(caseId).forEach(change -> {
      if (change.assignee() == null) {
        holders.remove(change.role());
      } else {
        holders.put(change.role(), change.assignee().perfusionistId());
      }
    });
    return holders;
  }

  /** The notices of on-call rota changes (not the reminders before a seat starts, which OnCallPageTest covers). */
  private List<NotificationRequested> onCallNotices(KafkaTopicReader notices) {
    return notices.poll(record -> department.departmentId().equals(record.key())).stream()
        .map(record -> (NotificationRequested) EventCodec.read(record.value()))
        .filter(notice -> !notice.subject().startsWith("OnPump: reminder"))
        .toList();
  }
}
