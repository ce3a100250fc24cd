package org.onpump.scheduler.oncall;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.onpump.scheduler.SchedulerServiceTest;
import org.onpump.scheduler.TestDepartment;
import org.onpump.shared.event.Competency;
import org.onpump.shared.event.NotificationRequested;
import org.onpump.shared.event.PageRequest;
import org.onpump.shared.json.EventCodec;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** A switchboard pages whoever is on call now; the page carries its escalation; a retry pages once. */
@SchedulerServiceTest
class OnCallPageTest {

  @Autowired
  MockMvcTester mvc;

  @Autowired
  JdbcClient jdbc;

  @Autowired
  OnCallReminders reminders;

  @Test
  void firstCallIsPagedWithSecondCallAndTheChiefAsEscalationAndARetryPagesOnce() {
    TestDepartment department = TestDepartment.create(jdbc);
    String second = department.addPerson(jdbc, "sc-" + department.hospitalId(), "Sid Second", "CCP",
        Competency.ADULT_CPB);
    jdbc.sql("UPDATE department SET chief_perfusionist_id = ? WHERE id = ?")
        .params(department.boardEligible(), department.departmentId()).update();
    Instant now = Instant.now();
    seat(department, "FIRST_CALL", department.ccp(), now.minus(Duration.ofHours(1)), now.plus(Duration.ofHours(8)));
    seat(department, "SECOND_CALL", second, now.minus(Duration.ofHours(1)), now.plus(Duration.ofHours(8)));
    String call = "{\"requestId\": \"" + UUID.randomUUID() + "\", \"reason\": \"ECMO consult, ICU-3\", "
        + "\"callback\": \"x4455\"}";

    for (int i = 0; i < 2; i++) {
      assertThat(mvc.post().uri("/api/v1/hospitals/{h}/departments/{d}/pages", department.hospitalId(),
          department.departmentId()).contentType(MediaType.APPLICATION_JSON).content(call))
          .hasStatus(HttpStatus.ACCEPTED).bodyJson().isLenientlyEqualTo("""
              {"paged": "%s", "escalation": ["SECOND_CALL %s", "CHIEF %s"]}""".formatted(department.ccp(), second,
              department.boardEligible()));
    }
    List<NotificationRequested> pages = queued(department);
    assertThat(pages).as("pages queued for the notifier, a retry included").hasSize(1);
    NotificationRequested page = pages.get(0);
    assertThat(page.page().kind()).isEqualTo(PageRequest.Kind.ON_CALL);
    assertThat(page.urgency()).isEqualTo(NotificationRequested.Urgency.URGENT);
    assertThat(page.message()).contains("ECMO consult, ICU-3", "Call back: x4455");
    assertThat(page.violations()).isEmpty();
  }

  @Test
  void aCallWithoutAReasonIsRefusedNamingTheFieldAndNobodyOnCallIsAConflict() {
    TestDepartment department = TestDepartment.create(jdbc);
    assertThat(mvc.post().uri("/api/v1/hospitals/{h}/departments/{d}/pages", department.hospitalId(),
        department.departmentId()).contentType(MediaType.APPLICATION_JSON)
        .content("{\"requestId\": \"" + UUID.randomUUID() + "\"}"))
        .hasStatus(HttpStatus.BAD_REQUEST).bodyJson().extractingPath("$.errors[0].field").isEqualTo("reason");
    assertThat(mvc.post().uri("/api/v1/hospitals/{h}/departments/{d}/pages", department.hospitalId(),
        department.departmentId()).contentType(MediaType.APPLICATION_JSON)
        .content("{\"requestId\": \"" + UUID.randomUUID() + "\", \"reason\": \"consult\"}"))
        .hasStatus(HttpStatus.CONFLICT);
    assertThat(queued(department)).isEmpty();
  }

  @Test
  void theHolderOfASeatStartingSoonIsRemindedOnceAndANewHolderToo() {
    TestDepartment department = TestDepartment.create(jdbc);
    Instant start = Instant.now().plus(Duration.ofHours(1)).truncatedTo(ChronoUnit.SECONDS);
    seat(department, "FIRST_CALL", department.ccp(), start, start.plus(Duration.ofHours(14)));

    reminders.remindDue();
    reminders.remindDue();
    await().atMost(Duration.ofSeconds(10)).until(() -> reminded(department).size() == 1);
    assertThat(reminded(department).get(0).recipient().perfusionistId()).isEqualTo(department.ccp());
    assertThat(reminded(department).get(0).subject()).startsWith("OnPump: reminder, you are first call from");

    jdbc.sql("UPDATE on_call_seat SET perfusionist_id = ? WHERE department_id = ?")
        .params(department.boardEligible(), department.departmentId()).update();
    reminders.remindDue();
    await().atMost(Duration.ofSeconds(10)).until(() -> reminded(department).size() == 2);
    assertThat(reminded(department).get(1).recipient().perfusionistId()).isEqualTo(department.boardEligible());
  }

  private List<NotificationRequested> reminded(TestDepartment department) {
    return queued(department).stream().filter(n -> n.subject().startsWith("OnPump: reminder")).toList();
  }

  private List<NotificationRequested> queued(TestDepartment department) {
    return jdbc.sql("SELECT payload FROM outbox WHERE topic = 'onpump.notification-requests' AND partition_key = ? "
            + "ORDER BY id").param(department.departmentId()).query(String.class).list().stream()
        .map(EventCodec::read).map(NotificationRequested.class::cast).toList();
  }

  private void seat(TestDepartment department, String role, String holder, Instant start, Instant end) {
    jdbc.sql("""
            INSERT INTO on_call_seat (seat_id, department_id, hospital_id, day, part, role, starts_at, ends_at,
              perfusionist_id, updated_at)
            VALUES (?, ?, ?, CURRENT_DATE, 'NIGHT', ?, ?::timestamptz, ?::timestamptz, ?, now())""")
        .params(department.hospitalId() + "/today/NIGHT/" + role, department.departmentId(), department.hospitalId(),
            role, start.toString(), end.toString(), holder)
        .update();
  }
}
