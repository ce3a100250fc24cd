package org.onpump.scheduler;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.onpump.shared.event.CaseCancelled;
import org.onpump.shared.event.CaseRescheduled;
import org.onpump.shared.event.CaseScheduled;
import org.onpump.shared.event.Competency;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A department of its own for one test, with one hospital in New York (no licence required) and three
 * perfusionists privileged there, 15 minutes from home: a CCP (adult CPB, ECMO), a board-eligible (adult CPB) and a
 * student (adult CPB). Nobody is competent for HIPEC. The department follows the default policy.
 */
public record TestDepartment(String departmentId, String hospitalId, String ccp, String boardEligible,
    String student) {

  public static final String ZONE = "America/New_York";

  public static TestDepartment create(JdbcClient jdbc) {
    String id = UUID.randomUUID().toString().substring(0, 8);
    TestDepartment d = new TestDepartment("dept-" + id, "hosp-" + id, "ccp-" + id, "be-" + id, "student-" + id);
    jdbc.sql("INSERT INTO department (id, name) VALUES (?, ?)").params(d.departmentId, "Test " + id).update();
    jdbc.sql("""
            INSERT INTO hospital (id, department_id, name, time_zone, state, licence_required)
            VALUES (?, ?, ?, ?, 'NY', false)""")
        .params(d.hospitalId, d.departmentId, "Test hospital " + id, ZONE).update();
    d.addPerson(jdbc, d.ccp, "Cora Certified", "CCP", Competency.ADULT_CPB, Competency.ECMO_ADULT);
    d.addPerson(jdbc, d.boardEligible, "Bo Eligible", "BOARD_ELIGIBLE", Competency.ADULT_CPB);
    d.addPerson(jdbc, d.student, "Sam Student", "STUDENT", Competency.ADULT_CPB);
    return d;
  }

  /**
   * Adds a perfusionist privileged at the department's hospital, 15 minutes from home, with a credential valid for
   * years (a CCP's expiry, a board-eligible's deadline).
   */
  public String addPerson(JdbcClient jdbc, String id, String name, String level, Competency... competencies) {
    LocalDate inYears = LocalDate.now().plusYears(2);
    jdbc.sql("""
            INSERT INTO perfusionist (id, department_id, display_name, email, credential_level, certification_expiry,
              board_eligible_deadline)
            VALUES (?, ?, ?, ?, ?, ?, ?)""")
        .params(id, departmentId, name, id + "@test.onpump.org", level, level.equals("CCP") ? inYears : null,
            level.equals("BOARD_ELIGIBLE") ? inYears : null)
        .update();
    for (Competency competency : competencies) {
      jdbc.sql("INSERT INTO perfusionist_competency (perfusionist_id, competency) VALUES (?, ?)")
          .params(id, competency.name()).update();
    }
    jdbc.sql("INSERT INTO perfusionist_privilege (perfusionist_id, hospital_id, minutes_from_home) VALUES (?, ?, 15)")
        .params(id, hospitalId).update();
    return id;
  }

  /** The case's primary once the scheduler stored the seat; empty when the seat is unfilled. */
  public Optional<String> awaitAssignee(JdbcClient jdbc, String caseId) {
    await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql(
            "SELECT count(*) FROM assignment WHERE hospital_id = ? AND case_id = ? AND role = 'PRIMARY'")
        .params(hospitalId, caseId).query(Long.class).single() == 1);
    return jdbc.sql("SELECT perfusionist_id FROM assignment WHERE hospital_id = ? AND case_id = ? AND role = 'PRIMARY'")
        .params(hospitalId, caseId)
        .query((row, n) -> Optional.ofNullable(row.getString("perfusionist_id")))
        .single();
  }

  public CaseScheduled scheduled(String caseId, Competency competency, Instant start, int minutes) {
    return scheduled(caseId, "CABG", competency, start, minutes);
  }

  public CaseScheduled scheduled(String caseId, String procedure, Competency competency, Instant start, int minutes) {
    return new CaseScheduled(UUID.randomUUID(), Instant.now(), "test-or-system", hospitalId, departmentId, 1,
        caseId, procedure, competency, "OR-1", start, minutes, ZONE);
  }

  public CaseRescheduled rescheduled(String caseId, Competency competency, Instant start, int minutes) {
    return new CaseRescheduled(UUID.randomUUID(), Instant.now(), "test-or-system", hospitalId, departmentId, 1,
        caseId, "CABG", competency, "OR-1", start, minutes, ZONE);
  }

  public CaseCancelled cancelled(String caseId) {
    return new CaseCancelled(UUID.randomUUID(), Instant.now(), "test-or-system", hospitalId, departmentId, 1,
        caseId);
  }
}
