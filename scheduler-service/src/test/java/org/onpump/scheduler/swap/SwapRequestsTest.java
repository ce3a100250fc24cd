package org.onpump.scheduler.swap;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.onpump.infra.identity.OnPumpUser;
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
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Cover requests: refused at once when they break a hard rule, otherwise accepted, approved and applied. */
@SchedulerServiceTest
class SwapRequestsTest {

  @Autowired
  MockMvcTester mvc;

  @Autowired
  JdbcClient jdbc;

  @Test
  void aCoverIsCheckedAcceptedApprovedAndApplied() {
    TestDepartment department = TestDepartment.create(jdbc);
    String d = department.departmentId();
    Instant start = Instant.now().plus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
    assertThat(mvc.post().uri("/api/v1/case-events").contentType(MediaType.APPLICATION_JSON)
        .content(EventCodec.toJson(department.scheduled("swap-1", Competency.ECMO_ADULT, start, 120))))
        .hasStatus(202);
    assertThat(department.awaitAssignee(jdbc, "swap-1")).contains(department.ccp());
    String colleague = department.addPerson(jdbc, "ccp2-" + d, "Cal Second", "CCP", Competency.ECMO_ADULT);
    String seat = department.hospitalId() + "/swap-1/PRIMARY";
    String holder = token(department.ccp(), d);

    // The board-eligible has no ECMO competency: refused now, with the rule, and nothing stored.
    assertThat(ask(d, seat, department.boardEligible(), holder)).hasStatus(409).bodyJson()
        .extractingPath("$.brokenRules[0].rule").isEqualTo("Competency for the case type");
    // Only the holder may give the seat away.
    assertThat(ask(d, seat, colleague, token(department.boardEligible(), d))).hasStatus(400).bodyJson()
        .extractingPath("$.errors[0].field").isEqualTo("seatId");

    MvcTestResult asked = ask(d, seat, colleague, holder);
    assertThat(asked).hasStatus(201).bodyJson().extractingPath("$.status").isEqualTo("PROPOSED");
    String id = jdbc.sql("SELECT id::text FROM swap_request WHERE department_id = ?").param(d)
        .query(String.class).single();

    assertThat(post(d, id, "acceptance", "", token(department.boardEligible(), d))).hasStatus(409);
    assertThat(post(d, id, "acceptance", "", token(colleague, d))).hasStatusOk().bodyJson()
        .extractingPath("$.status").isEqualTo("ACCEPTED");
    assertThat(post(d, id, "decision", "{\"approve\": true}", token(colleague, d))).hasStatus(403);
    assertThat(mvc.get().uri("/api/v1/departments/{d}/swap-requests", d)
        .header(HttpHeaders.AUTHORIZATION, SignedInAsAdmin.as(OnPumpUser.manager("other-" + d)))).hasStatus(403);
    assertThat(holderOf(department)).isEqualTo(department.ccp());

    assertThat(post(d, id, "decision", "{\"approve\": true, \"reason\": \"ok\"}",
        SignedInAsAdmin.as(OnPumpUser.manager(d)))).hasStatusOk().bodyJson()
        .extractingPath("$.status").isEqualTo("APPROVED");
    assertThat(holderOf(department)).isEqualTo(colleague);
    assertThat(mvc.get().uri("/api/v1/departments/{d}/swap-requests", d)
        .header(HttpHeaders.AUTHORIZATION, token(department.student(), d))).hasStatusOk().bodyJson()
        .extractingPath("$").asArray().isEmpty();
    assertThat(jdbc.sql("SELECT action FROM workflow_audit WHERE department_id = ? ORDER BY id").param(d)
        .query(String.class).list()).containsExactly("SWAP_REQUESTED", "SWAP_ACCEPTED", "SWAP_APPROVED");
  }

  private String holderOf(TestDepartment department) {
    return jdbc.sql("SELECT perfusionist_id FROM assignment WHERE hospital_id = ? AND case_id = 'swap-1'")
        .param(department.hospitalId()).query(String.class).single();
  }

  private static String token(String perfusionist, String department) {
    return SignedInAsAdmin.as(OnPumpUser.perfusionist(perfusionist, department));
  }

  private MvcTestResult ask(String department, String seat, String colleague, String token) {
    return mvc.post().uri("/api/v1/departments/{d}/swap-requests", department).contentType(MediaType.APPLICATION_JSON)
        .header(HttpHeaders.AUTHORIZATION, token)
        .content("{\"kind\": \"COVER\", \"seatId\": \"" + seat + "\", \"colleagueId\": \"" + colleague + "\"}")
        .exchange();
  }

  private MvcTestResult post(String department, String id, String what, String body, String token) {
    return mvc.post().uri("/api/v1/departments/{d}/swap-requests/{id}/" + what, department, id)
        .contentType(MediaType.APPLICATION_JSON).header(HttpHeaders.AUTHORIZATION, token)
        .content(body.isEmpty() ? "{}" : body).exchange();
  }
}
