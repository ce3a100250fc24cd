package org.onpump.scheduler.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.onpump.infra.identity.OnPumpUser;
import org.onpump.infra.identity.TestIdentity;
import org.onpump.scheduler.SchedulerServiceTest;
import org.onpump.scheduler.SignedInAsAdmin;
import org.onpump.scheduler.TestDepartment;
import org.onpump.shared.event.Competency;
import org.onpump.shared.json.EventCodec;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.web.context.WebApplicationContext;

/**
 * Who may call the scheduler's endpoints of the earlier issues (case intake, the draft roster, on call, the
 * explanation, the event ledger, the audit trail), role by role, with real signed tokens: allowed and refused.
 */
@SchedulerServiceTest
class AccessTest {

  @Autowired
  MockMvcTester mvc;

  @Autowired
  JdbcClient jdbc;

  @Autowired
  WebApplicationContext context;

  @Test
  void withoutAValidTokenTheApiAnswers401AndTheOpenPathsStayOpen() {
    MockMvcTester anonymous = SignedInAsAdmin.anonymous(context);
    assertThat(anonymous.get().uri("/api/v1/departments/any/assignments?from=2026-01-01T00:00:00Z"
        + "&to=2026-01-02T00:00:00Z")).hasStatus(401);
    assertThat(anonymous.post().uri("/api/v1/case-events").contentType(MediaType.APPLICATION_JSON).content("{}"))
        .hasStatus(401);
    assertThat(anonymous.get().uri("/actuator/health/liveness")).hasStatusOk();
    assertThat(anonymous.get().uri("/v3/api-docs")).hasStatusOk();
    assertThat(anonymous.get().uri("/api/v1/sign-in")).hasStatusOk();
    String expired = "Bearer " + TestIdentity.provider().tokenFor(OnPumpUser.admin(), Instant.now().minusSeconds(600));
    assertThat(mvc.get().uri("/api/v1/rejected-events").header(HttpHeaders.AUTHORIZATION, expired)).hasStatus(401);
    assertThat(mvc.get().uri("/api/v1/rejected-events").header(HttpHeaders.AUTHORIZATION, "Bearer forged.token.x"))
        .hasStatus(401);
  }

  @Test
  void aHospitalSystemPostsForItsOwnHospitalsOnly() {
    TestDepartment department = TestDepartment.create(jdbc);
    String event = EventCodec.toJson(department.scheduled("acc-1", Competency.ADULT_CPB,
        Instant.now().plus(4, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS), 60));
    assertThat(mvc.post().uri("/api/v1/case-events").contentType(MediaType.APPLICATION_JSON).content(event)
        .header(HttpHeaders.AUTHORIZATION, as(OnPumpUser.hospitalSystem("another-hospital")))).hasStatus(403)
        .bodyJson().extractingPath("$.detail").asString().contains(department.hospitalId());
    assertThat(mvc.post().uri("/api/v1/case-events").contentType(MediaType.APPLICATION_JSON).content(event)
        .header(HttpHeaders.AUTHORIZATION, as(OnPumpUser.perfusionist(department.ccp(), department.departmentId()))))
        .hasStatus(403);
    assertThat(mvc.post().uri("/api/v1/case-events").contentType(MediaType.APPLICATION_JSON).content(event)
        .header(HttpHeaders.AUTHORIZATION, as(OnPumpUser.hospitalSystem(department.hospitalId())))).hasStatus(202);
  }

  @Test
  void eachRoleReachesWhatItMayAndNothingElse() {
    TestDepartment department = TestDepartment.create(jdbc);
    String d = department.departmentId();
    String range = "?from=2026-12-01T00:00:00Z&to=2026-12-02T00:00:00Z";
    String perfusionist = as(OnPumpUser.perfusionist(department.student(), d));
    String manager = as(OnPumpUser.manager(d));
    String stranger = as(OnPumpUser.manager("other-" + d));
    String system = as(OnPumpUser.hospitalSystem(department.hospitalId()));

    for (String path : new String[] {"/api/v1/departments/" + d + "/assignments" + range,
        "/api/v1/departments/" + d + "/on-call" + range,
        "/api/v1/hospitals/" + department.hospitalId() + "/departments/" + d + "/on-call/now"}) {
      assertThat(mvc.get().uri(path).header(HttpHeaders.AUTHORIZATION, perfusionist)).as(path).hasStatusOk();
      assertThat(mvc.get().uri(path).header(HttpHeaders.AUTHORIZATION, manager)).as(path).hasStatusOk();
      assertThat(mvc.get().uri(path).header(HttpHeaders.AUTHORIZATION, stranger)).as(path).hasStatus(403);
    }
    assertThat(mvc.get().uri("/api/v1/hospitals/{h}/departments/{d}/on-call/now", department.hospitalId(), d)
        .header(HttpHeaders.AUTHORIZATION, system)).hasStatusOk();
    assertThat(mvc.get().uri("/api/v1/departments/{d}/assignments" + range, d)
        .header(HttpHeaders.AUTHORIZATION, system)).hasStatus(403);

    // Manager-only: the explanation (everyone's scores), refused events, the audit trail.
    for (String path : new String[] {"/api/v1/departments/" + d + "/roster/explanation" + range,
        "/api/v1/rejected-events?departmentId=" + d, "/api/v1/departments/" + d + "/audit-trail"}) {
      assertThat(mvc.get().uri(path).header(HttpHeaders.AUTHORIZATION, manager)).as(path).hasStatusOk();
      assertThat(mvc.get().uri(path).header(HttpHeaders.AUTHORIZATION, perfusionist)).as(path).hasStatus(403);
      assertThat(mvc.get().uri(path).header(HttpHeaders.AUTHORIZATION, stranger)).as(path).hasStatus(403);
    }
    assertThat(mvc.get().uri("/api/v1/rejected-events").header(HttpHeaders.AUTHORIZATION, manager)).hasStatus(403);
    assertThat(mvc.get().uri("/api/v1/rejected-events")).hasStatusOk();

    // The event ledger: the posting hospital and the department's managers.
    UUID event = UUID.randomUUID();
    assertThat(mvc.get().uri("/api/v1/case-events/{id}", event).header(HttpHeaders.AUTHORIZATION, manager))
        .hasStatus(404);
    // A page through the switchboard: the hospital or the department, not a stranger.
    String page = "{\"requestId\": \"" + UUID.randomUUID() + "\", \"reason\": \"test\"}";
    assertThat(mvc.post().uri("/api/v1/hospitals/{h}/departments/{d}/pages", department.hospitalId(), d)
        .contentType(MediaType.APPLICATION_JSON).content(page).header(HttpHeaders.AUTHORIZATION, stranger))
        .hasStatus(403);
  }

  private static String as(OnPumpUser user) {
    return SignedInAsAdmin.as(user);
  }
}
