package org.onpump.scheduler.team;

import java.util.List;
import org.onpump.shared.event.ContactMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Writes a department's perfusionists: the person's row and everything the roster reads beside it (competencies,
 * privileges, licences, contact methods). Reading is {@link org.onpump.scheduler.staff.StaffRepository}'s.
 */
@Repository
class TeamRepository {

  private final JdbcClient jdbc;

  TeamRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Adds the person; false (and nothing written) when their id is taken, in any department. */
  boolean insert(String departmentId, PerfusionistDetails person) {
    boolean added = jdbc.sql("""
            INSERT INTO perfusionist (id, department_id, display_name, email, credential_level,
              certification_expiry, board_eligible_deadline, contract_minutes_per_week, avoids_nights)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING""")
        .params(person.id(), departmentId, person.displayName(), person.email(), person.credential().level().name(),
            person.credential().certificationExpiry(), person.credential().boardEligibleDeadline(),
            person.contractMinutesPerWeek(), person.avoidsNights())
        .update() == 1;
    if (added) {
      insertDetails(person);
    }
    return added;
  }

  /** Replaces everything but the id of a person of the department; false when there is no such person. */
  boolean replace(String departmentId, PerfusionistDetails person) {
    boolean found = jdbc.sql("""
            UPDATE perfusionist SET display_name = ?, email = ?, credential_level = ?, certification_expiry = ?,
              board_eligible_deadline = ?, contract_minutes_per_week = ?, avoids_nights = ?
            WHERE id = ? AND department_id = ?""")
        .params(person.displayName(), person.email(), person.credential().level().name(),
            person.credential().certificationExpiry(), person.credential().boardEligibleDeadline(),
            person.contractMinutesPerWeek(), person.avoidsNights(), person.id(), departmentId)
        .update() == 1;
    if (found) {
      for (String table : List.of("perfusionist_competency", "perfusionist_privilege", "perfusionist_licence",
          "perfusionist_contact_method")) {
        jdbc.sql("DELETE FROM " + table + " WHERE perfusionist_id = ?").param(person.id()).update();
      }
      insertDetails(person);
    }
    return found;
  }

  /** Replaces the person's contact methods, in order; false when the department has no such person. */
  boolean replaceContactMethods(String departmentId, String perfusionistId, List<ContactMethod> methods) {
    if (!isOf(departmentId, perfusionistId)) {
      return false;
    }
    jdbc.sql("DELETE FROM perfusionist_contact_method WHERE perfusionist_id = ?").param(perfusionistId).update();
    insertContactMethods(perfusionistId, methods);
    return true;
  }

  /** Whether the person belongs to the department, locking their row until the transaction ends. */
  boolean isOf(String departmentId, String perfusionistId) {
    return jdbc.sql("SELECT id FROM perfusionist WHERE id = ? AND department_id = ? FOR UPDATE")
        .params(perfusionistId, departmentId).query(String.class).optional().isPresent();
  }

  private void insertDetails(PerfusionistDetails person) {
    person.competencies().forEach(competency -> jdbc.sql(
            "INSERT INTO perfusionist_competency (perfusionist_id, competency) VALUES (?, ?)")
        .params(person.id(), competency.name()).update());
    person.privileges().forEach((hospitalId, minutes) -> jdbc.sql("""
            INSERT INTO perfusionist_privilege (perfusionist_id, hospital_id, minutes_from_home) VALUES (?, ?, ?)""")
        .params(person.id(), hospitalId, minutes).update());
    person.licences().forEach(state -> jdbc.sql(
            "INSERT INTO perfusionist_licence (perfusionist_id, state) VALUES (?, ?)")
        .params(person.id(), state).update());
    insertContactMethods(person.id(), person.contactMethods());
  }

  private void insertContactMethods(String perfusionistId, List<ContactMethod> methods) {
    for (int i = 0; i < methods.size(); i++) {
      ContactMethod method = methods.get(i);
      jdbc.sql("""
              INSERT INTO perfusionist_contact_method (perfusionist_id, position, kind, address, pages, routine)
              VALUES (?, ?, ?, ?, ?, ?)""")
          .params(perfusionistId, i + 1, method.kind().name(), method.address(), method.pages(), method.routine())
          .update();
    }
  }
}
