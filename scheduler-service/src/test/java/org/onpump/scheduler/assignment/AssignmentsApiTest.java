package org.onpump.scheduler.assignment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.onpump.scheduler.SchedulerServiceTest;
import org.onpump.scheduler.TestDepartment;
import org.onpump.shared.event.CaseScheduled;
import org.onpump.shared.event.Competency;
import org.onpump.shared.json.EventCodec;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@SchedulerServiceTest
class AssignmentsApiTest {

  @Autowired
  MockMvcTester mvc;

  @Autowired
  JdbcClient jdbc;

  @Test
  void rosterShowsEachCaseInRangeWithItsPerfusionist() {
    TestDepartment department = TestDepartment.create(jdbc);
    Instant start = Instant.now().plus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
    CaseScheduled event = department.scheduled("roster-1", Competency.ECMO_ADULT, start, 90);
    assertThat(mvc.post().uri("/api/v1/case-events").contentType(MediaType.APPLICATION_JSON)
        .content(EventCodec.toJson(event))).hasStatus(202);

    await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
        get(department.departmentId(), start.minusSeconds(3600), start.plusSeconds(3600)))
        .hasStatus(200)
        .bodyJson().extractingPath("$.assignments[0].perfusionistId").isEqualTo(department.ccp()));
    assertThat(get(department.departmentId(), start.minusSeconds(3600), start.plusSeconds(3600))).bodyJson()
        .isLenientlyEqualTo("""
            {"departmentId":"%s","assignments":[{"seatId":"%s/roster-1/PRIMARY","caseId":"roster-1","hospitalId":"%s",
             "orRoom":"OR-1",
             "procedureType":"CABG","requiredCompetency":"ECMO_ADULT","plannedStart":"%s","plannedEnd":"%s",
             "status":"SCHEDULED","role":"PRIMARY","perfusionistId":"%s","perfusionistName":"Cora Certified",
             "pinned":false}]}"""
            .formatted(department.departmentId(), department.hospitalId(), department.hospitalId(), start,
                start.plusSeconds(5400), department.ccp()));
  }

  @Test
  void casesOutsideTheRangeAreNotShown() {
    // ECMO: only the CCP may take it, and no student seat can be filled beside it, so the case has one seat.
    TestDepartment department = TestDepartment.create(jdbc);
    Instant start = Instant.now().plus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
    Instant end = start.plusSeconds(120 * 60);
    assertThat(mvc.post().uri("/api/v1/case-events").contentType(MediaType.APPLICATION_JSON)
        .content(EventCodec.toJson(department.scheduled("edge-1", Competency.ECMO_ADULT, start, 120))))
        .hasStatus(202);
    await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
        get(department.departmentId(), start, end)).bodyJson().extractingPath("$.assignments").asArray().hasSize(1));

    assertThat(get(department.departmentId(), start.minusSeconds(3600), start)).hasStatus(200)
        .bodyJson().extractingPath("$.assignments").asArray().isEmpty();
    assertThat(get(department.departmentId(), end, end.plusSeconds(3600))).hasStatus(200)
        .bodyJson().extractingPath("$.assignments").asArray().isEmpty();
    assertThat(get(department.departmentId(), end.minusSeconds(60), end.plusSeconds(3600))).hasStatus(200)
        .bodyJson().extractingPath("$.assignments").asArray().hasSize(1);
  }

  @Test
  void anInstantOutsideTheYearsSchedulingCanMeanIsA400NamingIt() {
    assertThat(get("any-department", Instant.parse("-5000-01-01T00:00:00Z"), Instant.now())).hasStatus(400)
        .bodyJson().extractingPath("$.errors[0].field").isEqualTo("from");
  }

  @Test
  void missingFromIsA400NamingIt() {
    assertThat(mvc.get().uri("/api/v1/departments/demo-cardiac/assignments?to=2026-11-23T00:00:00Z"))
        .hasStatus(400)
        .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
        .bodyJson().extractingPath("$.errors[0].field").isEqualTo("from");
  }

  @Test
  void malformedToIsA400NamingIt() {
    assertThat(mvc.get().uri("/api/v1/departments/demo-cardiac/assignments?from=2026-11-23T00:00:00Z&to=monday"))
        .hasStatus(400)
        .bodyJson().extractingPath("$.errors[0].field").isEqualTo("to");
  }

  @Test
  void unknownDepartmentIsA404Problem() {
    Instant now = Instant.now();
    assertThat(get("no-such-department", now, now.plusSeconds(60))).hasStatus(404)
        .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
        .bodyJson().extractingPath("$.title").isEqualTo("Unknown department");
  }

  @Test
  void demoDepartmentIsSeededWithItsHospitalAndTwelvePerfusionists() {
    assertThat(jdbc.sql("SELECT department_id FROM hospital WHERE id = 'demo-general'").query(String.class)
        .single()).isEqualTo("demo-cardiac");
    assertThat(jdbc.sql("SELECT credential_level, count(*) FROM perfusionist WHERE department_id = 'demo-cardiac' "
            + "GROUP BY credential_level").query((row, n) -> row.getString(1) + "=" + row.getInt(2)).list())
        .containsExactlyInAnyOrder("CCP=7", "BOARD_ELIGIBLE=3", "STUDENT=2");
  }

  private MvcTestResult get(String departmentId, Instant from, Instant to) {
    return mvc.get().uri("/api/v1/departments/{id}/assignments?from={from}&to={to}", departmentId, from, to)
        .exchange();
  }
}
