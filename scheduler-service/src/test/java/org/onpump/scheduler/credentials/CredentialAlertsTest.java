package org.onpump.scheduler.credentials;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.onpump.infra.identity.OnPumpUser;
import org.onpump.scheduler.SchedulerServiceTest;
import org.onpump.scheduler.SignedInAsAdmin;
import org.onpump.scheduler.TestDepartment;
import org.onpump.shared.event.NotificationRequested;
import org.onpump.shared.json.EventCodec;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** Managers see credentials running out; the person and the chief are told once at each lead. */
@SchedulerServiceTest
class CredentialAlertsTest {

  private static final String ALERTS = "/api/v1/departments/{d}/credential-alerts";

  @Autowired
  MockMvcTester mvc;

  @Autowired
  JdbcClient jdbc;

  @Autowired
  CredentialAlertJob job;

  @Test
  void aManagerSeesExpiriesAndDeadlinesWithinTheWindowAndThosePassedSoonestFirst() {
    TestDepartment department = TestDepartment.create(jdbc);
    LocalDate today = LocalDate.now(ZoneId.of(TestDepartment.ZONE));
    expiry(department.ccp(), today.plusDays(40));
    deadline(department.boardEligible(), today.minusDays(3));

    assertThat(mvc.get().uri(ALERTS + "?withinDays=60", department.departmentId())
        .header(HttpHeaders.AUTHORIZATION, SignedInAsAdmin.as(OnPumpUser.manager(department.departmentId()))))
        .hasStatusOk().bodyJson().isLenientlyEqualTo("""
            {"withinDays": 60, "alerts": [
              {"perfusionistId": "%s", "credential": "BOARD_ELIGIBLE_DEADLINE", "date": "%s", "daysLeft": -3,
               "passed": true},
              {"perfusionistId": "%s", "credentialLevel": "CCP", "credential": "CERTIFICATION_EXPIRY", "date": "%s",
               "daysLeft": 40, "passed": false}]}""".formatted(department.boardEligible(), today.minusDays(3),
            department.ccp(), today.plusDays(40)));
    assertThat(mvc.get().uri(ALERTS + "?withinDays=30", department.departmentId())).hasStatusOk().bodyJson()
        .extractingPath("$.alerts[*].perfusionistId").asArray().containsExactly(department.boardEligible());
    assertThat(mvc.get().uri(ALERTS + "?withinDays=ninety", department.departmentId()))
        .hasStatus(HttpStatus.BAD_REQUEST).bodyJson().extractingPath("$.errors[0].field").isEqualTo("withinDays");
  }

  @Test
  void onlyTheDepartmentsManagersSeeTheAlerts() {
    TestDepartment department = TestDepartment.create(jdbc);

    assertThat(mvc.get().uri(ALERTS, department.departmentId()).header(HttpHeaders.AUTHORIZATION,
        SignedInAsAdmin.as(OnPumpUser.perfusionist(department.ccp(), department.departmentId()))))
        .hasStatus(HttpStatus.FORBIDDEN);
    assertThat(mvc.get().uri(ALERTS, department.departmentId()).header(HttpHeaders.AUTHORIZATION,
        SignedInAsAdmin.as(OnPumpUser.manager(TestDepartment.create(jdbc).departmentId()))))
        .hasStatus(HttpStatus.FORBIDDEN);
    assertThat(mvc.get().uri(ALERTS, "no-such-department")).hasStatus(HttpStatus.NOT_FOUND);
  }

  @Test
  void thePersonAndTheChiefAreToldOnceAtEachLead() {
    TestDepartment department = TestDepartment.create(jdbc);
    LocalDate today = LocalDate.now(ZoneId.of(TestDepartment.ZONE));
    jdbc.sql("UPDATE department SET chief_perfusionist_id = ? WHERE id = ?")
        .params(department.student(), department.departmentId()).update();
    expiry(department.ccp(), today.plusDays(20));

    job.sendDue();
    job.sendDue();

    List<NotificationRequested> told = notices(department);
    assertThat(told).extracting(notice -> notice.recipient().perfusionistId())
        .containsExactlyInAnyOrder(department.ccp(), department.student());
    assertThat(told).allSatisfy(notice -> {
      assertThat(notice.message()).contains("CCP certification expires on " + today.plusDays(20) + " (in 20 days)");
      assertThat(notice.violations()).isEmpty();
    });
    assertThat(jdbc.sql("SELECT lead_days FROM credential_alert_sent WHERE perfusionist_id = ?")
        .param(department.ccp()).query(Integer.class).list()).containsExactly(30);

    expiry(department.ccp(), today.plusDays(5));
    job.sendDue();
    assertThat(notices(department)).hasSize(4);
    job.sendDue();
    assertThat(notices(department)).hasSize(4);
  }

  private void expiry(String perfusionistId, LocalDate day) {
    jdbc.sql("UPDATE perfusionist SET certification_expiry = ? WHERE id = ?").params(day, perfusionistId).update();
  }

  private void deadline(String perfusionistId, LocalDate day) {
    jdbc.sql("UPDATE perfusionist SET board_eligible_deadline = ? WHERE id = ?").params(day, perfusionistId)
        .update();
  }

  private List<NotificationRequested> notices(TestDepartment department) {
    return jdbc.sql("SELECT payload FROM outbox WHERE topic = 'onpump.notification-requests' AND partition_key = ? "
            + "ORDER BY id").param(department.departmentId()).query(String.class).list().stream()
        .map(EventCodec::read).map(NotificationRequested.class::cast).toList();
  }
}
