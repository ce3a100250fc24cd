package org.onpump.scheduler;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.onpump.shared.event.CaseCancelled;
import org.onpump.shared.event.CaseRescheduled;
import org.onpump.shared.event.CaseScheduled;
import org.onpump.shared.event.Competency;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A department of its own for one test, with one hospital and three perfusionists: a CCP (adult CPB, ECMO), a
 * board-eligible (adult CPB) and a student (adult CPB). Nobody is competent for HIPEC.
 */
public record TestDepartment(String departmentId, String hospitalId, String ccp, String boardEligible,
    String student) {

  public static TestDepartment create(JdbcClient jdbc) {
    String id = UUID.randomUUID().toString().substring(0, 8);
    TestDepartment d = new TestDepartment("dept-" + id, "hosp-" + id, "ccp-" + id, "be-" + id, "student-" + id);
    jdbc.sql("INSERT INTO department (id, name) VALUES (?, ?)").params(d.departmentId, "Test " + id).update();
    jdbc.sql("INSERT INTO hospital (id, department_id, name, time_zone) VALUES (?, ?, ?, 'America/New_York')")
        .params(d.hospitalId, d.departmentId, "Test hospital " + id).update();
    d.person(jdbc, d.ccp, "Cora Certified", "CCP", Competency.ADULT_CPB, Competency.ECMO_ADULT);
    d.person(jdbc, d.boardEligible, "Bo Eligible", "BOARD_ELIGIBLE", Competency.ADULT_CPB);
    d.person(jdbc, d.student, "Sam Student", "STUDENT", Competency.ADULT_CPB);
    return d;
  }

  private void person(JdbcClient jdbc, String id, String name, String level, Competency... competencies) {
    jdbc.sql("""
            INSERT INTO perfusionist (id, department_id, display_name, email, credential_level)
            VALUES (?, ?, ?, ?, ?)""")
        .params(id, departmentId, name, id + "@test.onpump.org", level).update();
    for (Competency competency : competencies) {
      jdbc.sql("INSERT INTO perfusionist_competency (perfusionist_id, competency) VALUES (?, ?)")
          .params(id, competency.name()).update();
    }
  }

  /** The case's primary once the scheduler stored a seat for it; empty when the seat is unfilled. */
  public Optional<String> awaitAssignee(JdbcClient jdbc, String caseId) {
    await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql(
            "SELECT count(*) FROM assignment WHERE hospital_id = ? AND case_id = ?")
        .params(hospitalId, caseId).query(Long.class).single() == 1);
    return jdbc.sql("SELECT perfusionist_id FROM assignment WHERE hospital_id = ? AND case_id = ?")
        .params(hospitalId, caseId)
        .query((row, n) -> Optional.ofNullable(row.getString("perfusionist_id")))
        .single();
  }

  public CaseScheduled scheduled(String caseId, Competency competency, Instant start, int minutes) {
    return new CaseScheduled(UUID.randomUUID(), Instant.now(), "test-or-system", hospitalId, departmentId, 1,
        caseId, "CABG", competency, "OR-1", start, minutes, "America/New_York");
  }

  public CaseRescheduled rescheduled(String caseId, Competency competency, Instant start, int minutes) {
    return new CaseRescheduled(UUID.randomUUID(), Instant.now(), "test-or-system", hospitalId, departmentId, 1,
        caseId, "CABG", competency, "OR-1", start, minutes, "America/New_York");
  }

  public CaseCancelled cancelled(String caseId) {
    return new CaseCancelled(UUID.randomUUID(), Instant.now(), "test-or-system", hospitalId, departmentId, 1,
        caseId);
  }
}
