package org.onpump.scheduler;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@SchedulerServiceTest
class OperabilityTest {

  @Autowired
  MockMvcTester mvc;

  @Autowired
  JdbcClient jdbc;

  @Test
  void healthIsUpWithDatabaseAndKafka() {
    assertThat(mvc.get().uri("/actuator/health")).hasStatus(200).bodyJson()
        .isLenientlyEqualTo("{\"status\":\"UP\",\"components\":{\"db\":{\"status\":\"UP\"},"
            + "\"kafka\":{\"status\":\"UP\"}}}");
  }

  @Test
  void readinessIncludesDatabaseAndKafka() {
    assertThat(mvc.get().uri("/actuator/health/readiness")).hasStatus(200).bodyJson()
        .isLenientlyEqualTo("{\"status\":\"UP\",\"components\":{\"readinessState\":{\"status\":\"UP\"},"
            + "\"db\":{\"status\":\"UP\"},\"kafka\":{\"status\":\"UP\"}}}");
  }

  @Test
  void prometheusScrapeShowsTheIntakeCounters() {
    assertThat(mvc.get().uri("/actuator/prometheus")).hasStatus(200).bodyText()
        .contains("onpump_case_events_accepted_total", "onpump_case_events_rejected_total");
  }

  @Test
  void openApiDocumentDescribesTheIntakeTheRosterAndItsExplanation() {
    assertThat(mvc.get().uri("/v3/api-docs")).hasStatus(200).bodyText()
        .contains("/api/v1/case-events", "/api/v1/departments/{departmentId}/assignments",
            "/api/v1/departments/{departmentId}/on-call", "/api/v1/departments/{departmentId}/roster/explanation",
            "/api/v1/departments/{departmentId}/roster/seats/explanation");
  }

  @Test
  void swaggerUiIsServed() {
    assertThat(mvc.get().uri("/swagger-ui.html")).hasStatus3xxRedirection();
  }

  @Test
  void tablesLiveInTheSchedulerSchemaAndTheChangelogInPublic() {
    assertThat(jdbc.sql("SELECT table_schema || '.' || table_name FROM information_schema.tables "
            + "WHERE table_schema IN ('public', 'scheduler')").query(String.class).list())
        .contains("scheduler.pump_case", "scheduler.assignment", "scheduler.outbox", "scheduler.processed_event",
            "scheduler.hospital", "scheduler.department", "scheduler.perfusionist",
            "scheduler.perfusionist_competency", "scheduler.perfusionist_privilege", "scheduler.perfusionist_licence",
            "scheduler.perfusionist_time_off", "scheduler.perfusionist_year_to_date", "scheduler.department_policy",
            "scheduler.department_holiday", "scheduler.hospital_travel", "scheduler.on_call_seat",
            "public.scheduler_changelog", "public.scheduler_changelog_lock")
        .doesNotContain("public.pump_case");
  }
}
