package org.onpump.scheduler.publication;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
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

/**
 * The manager's path through the API: the solver's draft is published as version 1 (everyone on it told), a hand
 * edit that breaks a hard rule is refused with the reason and changes nothing, one that breaks none is stored and
 * pinned, and the republication is version 2, telling only the people it changed. A perfusionist may do none of it.
 */
@SchedulerServiceTest
class RosterLifecycleTest {

  @Autowired
  MockMvcTester mvc;

  @Autowired
  JdbcClient jdbc;

  @Test
  void publishEditRepublish() {
    TestDepartment department = TestDepartment.create(jdbc);
    String d = department.departmentId();
    String manager = SignedInAsAdmin.as(OnPumpUser.manager(d));
    Instant start = Instant.now().plus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
    LocalDate day = LocalDate.ofInstant(start, ZoneId.of(TestDepartment.ZONE));
    assertThat(mvc.post().uri("/api/v1/case-events").contentType(MediaType.APPLICATION_JSON)
        .content(EventCodec.toJson(department.scheduled("life-1", Competency.ECMO_ADULT, start, 120))))
        .hasStatus(202);
    assertThat(department.awaitAssignee(jdbc, "life-1")).contains(department.ccp());
    String seat = department.hospitalId() + "/life-1/PRIMARY";

    MvcTestResult first = publish(d, day, manager);
    assertThat(first).hasStatus(201).bodyJson().extractingPath("$.version").isEqualTo(1);
    assertThat(digestsTo(department.ccp(), "is published (version 1)")).isEqualTo(1);
    assertThat(mvc.get().uri("/api/v1/departments/{d}/roster/published?from={f}&to={t}", d, day, day.plusDays(1))
        .header(HttpHeaders.AUTHORIZATION, SignedInAsAdmin.as(OnPumpUser.perfusionist(department.student(), d))))
        .hasStatusOk().bodyJson().extractingPath("$[?(@.seatId == '" + seat + "')].perfusionistId").asArray()
        .containsExactly(department.ccp());

    // The board-eligible has no ECMO competency: refused with the rule, and nothing moved.
    assertThat(edit(d, seat, department.boardEligible(), manager)).hasStatus(409).bodyJson()
        .extractingPath("$.brokenRules[0].rule").isEqualTo("Competency for the case type");
    assertThat(holder(department, "life-1")).isEqualTo(department.ccp());

    // A perfusionist may not edit or publish.
    String student = SignedInAsAdmin.as(OnPumpUser.perfusionist(department.student(), d));
    assertThat(edit(d, seat, department.student(), student)).hasStatus(403);
    assertThat(publish(d, day, student)).hasStatus(403);
    assertThat(publish(d, day, SignedInAsAdmin.as(OnPumpUser.manager("another-" + d)))).hasStatus(403);

    String second = department.addPerson(jdbc, "ccp2-" + d, "Cal Second", "CCP", Competency.ECMO_ADULT);
    assertThat(edit(d, seat, second, manager)).hasStatusOk().bodyJson().extractingPath("$.pinned").isEqualTo(true);
    assertThat(holder(department, "life-1")).isEqualTo(second);
    assertThat(jdbc.sql("SELECT pinned FROM assignment WHERE hospital_id = ? AND case_id = 'life-1'")
        .param(department.hospitalId()).query(Boolean.class).single()).isTrue();

    assertThat(publish(d, day, manager)).hasStatus(201).bodyJson().extractingPath("$.version").isEqualTo(2);
    assertThat(digestsTo(second, "changed (version 2)")).isEqualTo(1);
    assertThat(digestsTo(department.ccp(), "changed (version 2)")).isEqualTo(1);
    assertThat(mvc.get().uri("/api/v1/departments/{d}/roster/publications", d)).hasStatusOk().bodyJson()
        .extractingPath("$[*].version").asArray().containsExactly(2, 1);
    assertThat(jdbc.sql("SELECT action FROM workflow_audit WHERE department_id = ? ORDER BY id").param(d)
        .query(String.class).list()).containsExactly("PUBLISHED", "SEAT_EDITED", "PUBLISHED");
  }

  @Test
  void aPublicationOfBadDaysIsA400NamingTheField() {
    TestDepartment department = TestDepartment.create(jdbc);
    assertThat(mvc.post().uri("/api/v1/departments/{d}/roster/publications", department.departmentId())
        .contentType(MediaType.APPLICATION_JSON).content("{\"firstDay\": \"2026-13-01\", \"endDay\": null}"))
        .hasStatus(400).bodyJson().extractingPath("$.errors[*].field").asArray()
        .containsExactly("firstDay", "endDay");
    LocalDate far = LocalDate.now().plusDays(60);
    assertThat(publish(department.departmentId(), far, null)).hasStatus(400).bodyJson()
        .extractingPath("$.errors[0].field").isEqualTo("endDay");
  }

  private MvcTestResult publish(String department, LocalDate day, String token) {
    var request = mvc.post().uri("/api/v1/departments/{d}/roster/publications", department)
        .contentType(MediaType.APPLICATION_JSON)
        .content("{\"firstDay\": \"" + day + "\", \"endDay\": \"" + day.plusDays(1) + "\", \"note\": \"test\"}");
    return (token == null ? request : request.header(HttpHeaders.AUTHORIZATION, token)).exchange();
  }

  private MvcTestResult edit(String department, String seat, String person, String token) {
    return mvc.put().uri("/api/v1/departments/{d}/roster/seat-holders", department)
        .contentType(MediaType.APPLICATION_JSON).header(HttpHeaders.AUTHORIZATION, token)
        .content("{\"seatId\": \"" + seat + "\", \"perfusionistId\": \"" + person + "\"}").exchange();
  }

  private String holder(TestDepartment department, String caseId) {
    return jdbc.sql("SELECT perfusionist_id FROM assignment WHERE hospital_id = ? AND case_id = ? AND role = 'PRIMARY'")
        .params(department.hospitalId(), caseId).query(String.class).single();
  }

  private long digestsTo(String person, String words) {
    return jdbc.sql("SELECT count(*) FROM outbox WHERE payload LIKE ? AND payload LIKE ?")
        .params("%\"perfusionistId\":\"" + person + "\"%", "%" + words + "%").query(Long.class).single();
  }
}
