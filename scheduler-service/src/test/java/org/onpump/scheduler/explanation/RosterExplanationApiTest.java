package org.onpump.scheduler.explanation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onpump.scheduler.SchedulerServiceTest;
import org.onpump.scheduler.TestDepartment;
import org.onpump.shared.event.Competency;
import org.onpump.shared.json.EventCodec;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** The roster explains itself in the words of the rule names: by rule, by person and seat by seat. */
@SchedulerServiceTest
class RosterExplanationApiTest {

  @Autowired
  MockMvcTester mvc;

  @Autowired
  JdbcClient jdbc;

  private TestDepartment department;
  private final Instant start = Instant.now().plus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);

  @BeforeEach
  void rosteredDepartment() {
    department = TestDepartment.create(jdbc);
    assertThat(mvc.post().uri("/api/v1/case-events").contentType(MediaType.APPLICATION_JSON)
        .content(EventCodec.toJson(department.scheduled("ecmo-1", Competency.ECMO_ADULT, start, 180))))
        .hasStatus(202);
    assertThat(department.awaitAssignee(jdbc, "ecmo-1")).contains(department.ccp());
  }

  @Test
  void theRosterScoreIsBrokenDownByRuleNameAndByPerson() {
    MvcTestResult result = mvc.get().uri("/api/v1/departments/{id}/roster/explanation?from={from}&to={to}",
        department.departmentId(), start.minus(1, ChronoUnit.DAYS), start.plus(1, ChronoUnit.DAYS)).exchange();

    assertThat(result).hasStatus(200).bodyJson().extractingPath("$.feasible").isEqualTo(true);
    assertThat(result).bodyJson().extractingPath("$.score.hard").isEqualTo(0);
    assertThat(result).bodyJson().extractingPath("$.rules[*].rule").asArray()
        .contains("Contract hours: not under", "Fair share of nights");
    assertThat(result).bodyJson().extractingPath("$.perfusionists[*].perfusionistId").asArray()
        .containsExactlyInAnyOrder(department.ccp(), department.boardEligible(), department.student());
    assertThat(result).bodyJson()
        .extractingPath("$.perfusionists[?(@.perfusionistId == '" + department.ccp() + "')].rules[*].rule")
        .asArray().contains("Contract hours: not under");
    assertThat(result).bodyJson()
        .extractingPath("$.perfusionists[?(@.perfusionistId == '" + department.ccp() + "')].score.soft")
        .asArray().singleElement().satisfies(soft -> assertThat((Integer) soft).isNotZero());
  }

  @Test
  void aSeatIsExplainedByItsRulesAndWhatEveryAlternativeWouldCostOrBreak() {
    String seat = department.hospitalId() + "/ecmo-1/PRIMARY";

    MvcTestResult result = mvc.get().uri("/api/v1/departments/{id}/roster/seats/explanation?seat={seat}",
        department.departmentId(), seat).exchange();

    assertThat(result).hasStatus(200).bodyJson().extractingPath("$.holderId").isEqualTo(department.ccp());
    assertThat(result).bodyJson().extractingPath("$.kind").isEqualTo("PRIMARY");
    assertThat(result).bodyJson().extractingPath("$.caseId").isEqualTo("ecmo-1");
    assertThat(result).bodyJson().extractingPath("$.alternatives[*].perfusionistId").asArray()
        .contains(department.boardEligible(), department.student(), null);
    assertThat(result).bodyJson()
        .extractingPath("$.alternatives[?(@.perfusionistId == '" + department.boardEligible() + "')].breaks[*]")
        .asArray().contains("Competency for the case type");
    assertThat(result).bodyJson()
        .extractingPath("$.alternatives[?(@.perfusionistId == '" + department.student() + "')].breaks[*]")
        .asArray().contains("Competency for the case type",
            "Student seat for students only, every other seat for graduates");
    assertThat(result).bodyJson()
        .extractingPath("$.alternatives[?(@.perfusionistId == null)].breaks[*]")
        .asArray().containsExactly("Required seat unfilled");
    assertThat(result).bodyJson()
        .extractingPath("$.alternatives[?(@.perfusionistId == '" + department.boardEligible() + "')].eligible")
        .asArray().containsExactly(false);
  }

  @Test
  void anOnCallSeatListsItsEligibleAlternativeWithTheScoreDifference() {
    String night = department.hospitalId() + "/" + start.atZone(java.time.ZoneId.of(TestDepartment.ZONE))
        .toLocalDate() + "/NIGHT/FIRST_CALL";

    MvcTestResult result = mvc.get().uri("/api/v1/departments/{id}/roster/seats/explanation?seat={seat}",
        department.departmentId(), night).exchange();

    assertThat(result).hasStatus(200).bodyJson().extractingPath("$.kind").isEqualTo("FIRST_CALL");
    assertThat(result).bodyJson().extractingPath("$.alternatives[0].eligible").isEqualTo(true);
    assertThat(result).bodyJson().extractingPath("$.alternatives[0].scoreDifference.hard").isNotNull();
  }

  @Test
  void anUnknownSeatIsA404AndAMissingSeatA400() {
    assertThat(mvc.get().uri("/api/v1/departments/{id}/roster/seats/explanation?seat={seat}",
        department.departmentId(), department.hospitalId() + "/no-such-case/PRIMARY")).hasStatus(404)
        .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
        .bodyJson().extractingPath("$.title").isEqualTo("Unknown seat");
    assertThat(mvc.get().uri("/api/v1/departments/{id}/roster/seats/explanation", department.departmentId()))
        .hasStatus(400).bodyJson().extractingPath("$.errors[0].field").isEqualTo("seat");
  }

  @Test
  void anUnknownDepartmentIsA404AndABadRangeA400() {
    assertThat(mvc.get().uri("/api/v1/departments/no-such-department/roster/explanation?from={from}&to={to}",
        start, start.plusSeconds(60))).hasStatus(404).bodyJson().extractingPath("$.title")
        .isEqualTo("Unknown department");
    assertThat(mvc.get().uri("/api/v1/departments/no-such-department/roster/seats/explanation?seat=x"))
        .hasStatus(404);
    assertThat(mvc.get().uri("/api/v1/departments/{id}/roster/explanation?from={from}&to={to}",
        department.departmentId(), start, start.plus(90, ChronoUnit.DAYS))).hasStatus(400)
        .bodyJson().extractingPath("$.errors[0].field").isEqualTo("to");
    assertThat(mvc.get().uri("/api/v1/departments/{id}/roster/explanation?from=yesterday&to={to}",
        department.departmentId(), start)).hasStatus(400)
        .bodyJson().extractingPath("$.errors[0].field").isEqualTo("from");
  }
}
