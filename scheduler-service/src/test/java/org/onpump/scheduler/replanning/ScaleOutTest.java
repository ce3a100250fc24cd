package org.onpump.scheduler.replanning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.onpump.infra.servers.PostgresServer;
import org.onpump.infra.servers.RealServers;
import org.onpump.scheduler.SchedulerApplication;
import org.onpump.scheduler.SchedulerServiceTest;
import org.onpump.scheduler.TestDepartment;
import org.onpump.shared.event.Competency;
import org.onpump.shared.json.EventCodec;
import org.onpump.shared.kafka.Topics;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * Two scheduler instances in one consumer group share the departments: each department is planned by exactly one
 * of them, and when one stops, the other takes its departments over (a higher epoch) and plans them from the
 * database, losing nothing.
 */
@SchedulerServiceTest
class ScaleOutTest {

  private static final Duration PATIENCE = Duration.ofSeconds(90);

  @Autowired
  MockMvcTester mvc;

  @Autowired
  JdbcClient jdbc;

  private final Instant tomorrow = Instant.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);

  @Test
  void twoInstancesShareTheDepartmentsAndTheSurvivorTakesOverWhenOneStops() {
    List<TestDepartment> departments = onePerPartition();
    Map<String, Long> epochsBefore;
    try (ConfigurableApplicationContext second = secondInstance()) {
      await().atMost(PATIENCE).untilAsserted(() -> assertThat(owners(departments)).hasSize(2));
      departments.forEach(d -> post(d, "shared-1", tomorrow));
      departments.forEach(d -> assertThat(d.awaitAssignee(jdbc, "shared-1")).isPresent());
      assertThat(owners(departments)).as("each instance plans some departments").hasSize(2);
      epochsBefore = epochs(departments);
    }
    await().atMost(PATIENCE).untilAsserted(() -> assertThat(owners(departments)).hasSize(1));
    // Later the same day: with three people, N + 1 allows one pump at a time.
    departments.forEach(d -> post(d, "after-stop", tomorrow.plus(6, ChronoUnit.HOURS)));

    departments.forEach(d -> assertThat(d.awaitAssignee(jdbc, "after-stop")).isPresent());
    Map<String, Long> epochsAfter = epochs(departments);
    assertThat(departments).filteredOn(d -> epochsAfter.get(d.departmentId()) > epochsBefore.get(d.departmentId()))
        .as("the departments of the stopped instance were taken over").isNotEmpty();
    assertThat(jdbc.sql("SELECT count(*) FROM department_plan WHERE dirty AND department_id = ANY (?)")
        .param(departments.stream().map(TestDepartment::departmentId).toArray(String[]::new))
        .query(Long.class).single()).isZero();
  }

  /** Test departments until every partition of the case events has one, so each instance owns some. */
  private List<TestDepartment> onePerPartition() {
    Map<Integer, TestDepartment> byPartition = new HashMap<>();
    while (byPartition.size() < Topics.PARTITIONS) {
      TestDepartment department = TestDepartment.create(jdbc);
      byPartition.putIfAbsent(DepartmentOwnership.partitionOf(department.departmentId()), department);
    }
    return new ArrayList<>(byPartition.values());
  }

  private static ConfigurableApplicationContext secondInstance() {
    PostgresServer postgres = RealServers.postgres();
    return new SpringApplicationBuilder(SchedulerApplication.class).run(
        "--server.port=0", "--onpump.instance-name=second-instance",
        "--spring.datasource.url=" + postgres.jdbcUrl(), "--spring.datasource.username=" + postgres.username(),
        "--spring.datasource.password=" + postgres.password(),
        "--spring.kafka.bootstrap-servers=" + RealServers.kafka().bootstrapServers(),
        "--onpump.security.jwk-set-uri=" + org.onpump.infra.identity.TestIdentity.provider().jwkSetUri());
  }

  private void post(TestDepartment department, String caseId, Instant start) {
    assertThat(mvc.post().uri("/api/v1/case-events").contentType(MediaType.APPLICATION_JSON)
        .content(EventCodec.toJson(department.scheduled(caseId, Competency.ADULT_CPB, start, 120))).exchange())
        .hasStatus(202);
  }

  private Set<String> owners(List<TestDepartment> departments) {
    return jdbc.sql("SELECT owner FROM department_plan WHERE department_id = ANY (?) AND owner IS NOT NULL")
        .param(departments.stream().map(TestDepartment::departmentId).toArray(String[]::new))
        .query(String.class).list().stream().collect(Collectors.toSet());
  }

  private Map<String, Long> epochs(List<TestDepartment> departments) {
    Map<String, Long> epochs = new HashMap<>();
    departments.forEach(d -> epochs.put(d.departmentId(), jdbc.sql(
        "SELECT epoch FROM department_plan WHERE department_id = ?").param(d.departmentId()).query(Long.class)
        .single()));
    return epochs;
  }
}
