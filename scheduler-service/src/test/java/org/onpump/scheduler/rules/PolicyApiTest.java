package org.onpump.scheduler.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.time.LocalTime;
import java.time.MonthDay;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.onpump.infra.identity.OnPumpUser;
import org.onpump.scheduler.SchedulerServiceTest;
import org.onpump.scheduler.SignedInAsAdmin;
import org.onpump.scheduler.TestDepartment;
import org.onpump.scheduler.department.DepartmentPolicies;
import org.onpump.scheduler.department.DepartmentPolicy;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Every rule of the department's policy shown with its default; a manager changes some, checked as the table is. */
@SchedulerServiceTest
class PolicyApiTest {

  @Autowired
  MockMvcTester mvc;

  @Autowired
  JdbcClient jdbc;

  @Autowired
  DepartmentPolicies policies;

  @Test
  void everyRuleOfTheSolverIsShownWithTheDefaultsOfDepartmentPolicyAndTheTableAgrees() {
    TestDepartment department = TestDepartment.create(jdbc);
    Map<String, Map<String, Object>> rules = rules(get(department, OnPumpUser.perfusionist(department.student(),
        department.departmentId())));

    DepartmentPolicy defaults = DepartmentPolicy.defaults();
    for (RecordComponent component : DepartmentPolicy.class.getRecordComponents()) {
      assertThat(rules).as("rule %s", component.getName()).containsKey(component.getName());
      Object expected = json(read(component, defaults));
      assertThat(rules.get(component.getName()).get("default")).as(component.getName()).isEqualTo(expected);
      assertThat(rules.get(component.getName()).get("value")).as(component.getName()).isEqualTo(expected);
    }
    assertThat(rules.get("autoApproveSwaps")).containsEntry("value", false).containsEntry("default", false);
    assertThat(rules.get("emergencyResponders").get("default"))
        .isEqualTo(List.of("FIRST_CALL", "SECOND_CALL", "NEAREST_FREE"));
    assertThat(rules).hasSize(DepartmentPolicy.class.getRecordComponents().length + 2);

    jdbc.sql("INSERT INTO department_policy (department_id) VALUES (?)").param(department.departmentId()).update();
    rules(get(department, OnPumpUser.manager(department.departmentId()))).forEach((name, rule) ->
        assertThat(rule.get("value")).as("column default of %s", name).isEqualTo(rule.get("default")));
  }

  @Test
  void aManagerChangesOnlyTheRulesNamedAndTheRowIsCreated() {
    TestDepartment department = TestDepartment.create(jdbc);

    MvcTestResult changed = put(department, OnPumpUser.manager(department.departmentId()), """
        {"restMinutes": 600, "autoApproveSwaps": true, "nightStart": "18:30", "certificationYearStart": "01-01",
         "secondPerfusionistProcedures": ["TRANSPLANT", "AORTIC", "AORTIC"],
         "emergencyResponders": ["SECOND_CALL", "FIRST_CALL"]}""");

    assertThat(changed).hasStatusOk();
    Map<String, Map<String, Object>> rules = rules(changed);
    assertThat(rules.get("restMinutes")).containsEntry("value", 600).containsEntry("default", 480);
    assertThat(rules.get("autoApproveSwaps")).containsEntry("value", true);
    assertThat(rules.get("emergencyResponders")).containsEntry("value", List.of("SECOND_CALL", "FIRST_CALL"));
    assertThat(rules.get("maxWorkMinutes")).containsEntry("value", 960);
    DepartmentPolicy policy = policies.policyOf(department.departmentId());
    assertThat(policy.restMinutes()).isEqualTo(600);
    assertThat(policy.nightStart()).isEqualTo(LocalTime.of(18, 30));
    assertThat(policy.certificationYearStart()).isEqualTo(MonthDay.of(1, 1));
    assertThat(policy.secondPerfusionistProcedures()).containsExactlyInAnyOrder("TRANSPLANT", "AORTIC");
    assertThat(policy.standbyProcedures()).isEqualTo(DepartmentPolicy.defaults().standbyProcedures());
    assertThat(jdbc.sql("SELECT dirty_cause IS NOT NULL FROM department_plan WHERE department_id = ?")
        .param(department.departmentId()).query(Boolean.class).single()).isTrue();
    assertThat(jdbc.sql("SELECT detail FROM workflow_audit WHERE department_id = ? AND action = 'POLICY_EDITED'")
        .param(department.departmentId()).query(String.class).single()).contains("restMinutes: 480 -> 600");
  }

  @Test
  void eachBreachOfTheTablesChecksIsNamedAndNothingChanges() {
    TestDepartment department = TestDepartment.create(jdbc);

    assertThat(put(department, OnPumpUser.admin(), """
        {"ecmoShiftHours": 25, "firstCallResponseMinutes": 0, "restMinutes": -1, "onCallCompetency": "JUGGLING",
         "certificationYearStart": "02-29", "nightStart": "25:00", "studentSeats": "yes", "sleepMinutes": 10,
         "yearlyActivities": 1.5, "emergencyResponders": [], "standbyProcedures": ["TAVR", ""]}"""))
        .hasStatus(HttpStatus.BAD_REQUEST).bodyJson().extractingPath("$.errors[*].field").asArray()
        .containsExactlyInAnyOrder("ecmoShiftHours", "firstCallResponseMinutes", "restMinutes", "onCallCompetency",
            "certificationYearStart", "nightStart", "studentSeats", "sleepMinutes", "yearlyActivities",
            "emergencyResponders", "standbyProcedures");
    assertThat(put(department, OnPumpUser.admin(), """
        {"dayStart": "18:00", "yearlyPrimaryActivities": 41, "studentCases": 5}"""))
        .hasStatus(HttpStatus.BAD_REQUEST).bodyJson().extractingPath("$.errors[*].field").asArray()
        .containsExactlyInAnyOrder("dayStart", "yearlyPrimaryActivities", "studentCases");
    assertThat(put(department, OnPumpUser.admin(), "{}")).hasStatus(HttpStatus.BAD_REQUEST);
    assertThat(jdbc.sql("SELECT count(*) FROM department_policy WHERE department_id = ?")
        .param(department.departmentId()).query(Long.class).single()).isZero();
    assertThat(policies.policyOf(department.departmentId())).isEqualTo(DepartmentPolicy.defaults());
  }

  @Test
  void membersReadTheRulesAndOnlyTheirManagersChangeThem() {
    TestDepartment department = TestDepartment.create(jdbc);
    TestDepartment other = TestDepartment.create(jdbc);
    String change = "{\"restMinutes\": 600}";

    assertThat(get(department, OnPumpUser.perfusionist(department.ccp(), department.departmentId()))).hasStatusOk();
    assertThat(get(department, OnPumpUser.manager(other.departmentId()))).hasStatus(HttpStatus.FORBIDDEN);
    assertThat(put(department, OnPumpUser.perfusionist(department.ccp(), department.departmentId()), change))
        .hasStatus(HttpStatus.FORBIDDEN);
    assertThat(put(department, OnPumpUser.manager(other.departmentId()), change)).hasStatus(HttpStatus.FORBIDDEN);
    assertThat(mvc.get().uri("/api/v1/departments/{d}/policy", "no-such-department"))
        .hasStatus(HttpStatus.NOT_FOUND);
    assertThat(mvc.put().uri("/api/v1/departments/{d}/policy", "no-such-department")
        .contentType(MediaType.APPLICATION_JSON).content(change)).hasStatus(HttpStatus.NOT_FOUND);
    assertThat(policies.policyOf(department.departmentId()).restMinutes()).isEqualTo(480);
  }

  @Test
  void theOpenApiDocumentDescribesTheStaffAndRulesEndpointsWithExamples() {
    assertThat(mvc.get().uri("/v3/api-docs")).hasStatusOk().bodyJson().asString().contains(
        "/api/v1/departments/{departmentId}/policy", "/api/v1/departments/{departmentId}/perfusionists",
        "/api/v1/departments/{departmentId}/perfusionists/{perfusionistId}/contact-methods",
        "/api/v1/departments/{departmentId}/perfusionists/{perfusionistId}/time-off-requests",
        "/api/v1/departments/{departmentId}/time-off-requests/{requestId}/decision",
        "/api/v1/departments/{departmentId}/time-off-requests/{requestId}/withdrawal",
        "/api/v1/departments/{departmentId}/credential-alerts", "Longer rest, swaps without a manager");
  }

  /** A policy value as JSON shows it: sets sorted, times HH:mm, the year's start MM-dd. */
  private static Object json(Object value) {
    if (value instanceof Collection<?> codes) {
      return codes.stream().map(String::valueOf).sorted().toList();
    }
    if (value instanceof MonthDay day) {
      return String.format("%02d-%02d", day.getMonthValue(), day.getDayOfMonth());
    }
    if (value instanceof LocalTime || value instanceof Enum<?>) {
      return value.toString();
    }
    return value;
  }

  private static Object read(RecordComponent component, DepartmentPolicy policy) {
    try {
      return component.getAccessor().invoke(policy);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  private MvcTestResult get(TestDepartment department, OnPumpUser user) {
    return mvc.get().uri("/api/v1/departments/{d}/policy", department.departmentId())
        .header(HttpHeaders.AUTHORIZATION, SignedInAsAdmin.as(user)).exchange();
  }

  private MvcTestResult put(TestDepartment department, OnPumpUser user, String body) {
    return mvc.put().uri("/api/v1/departments/{d}/policy", department.departmentId())
        .header(HttpHeaders.AUTHORIZATION, SignedInAsAdmin.as(user))
        .contentType(MediaType.APPLICATION_JSON).content(body).exchange();
  }

  private static Map<String, Map<String, Object>> rules(MvcTestResult result) {
    assertThat(result).hasStatusOk();
    return JsonPath.read(new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8),
        "$.rules");
  }
}
