package org.onpump.infra.benchmarks;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.onpump.shared.event.Competency;

/**
 * A generated department as {@link DepartmentSeeder} put it in the scheduler's database: its id, its hospitals
 * with their operating rooms, how many people it has, and the cases of its generated weeks (not in the database:
 * they reach the scheduler as case events).
 */
record SeededDepartment(String id, List<Site> hospitals, int staff, List<CaseTemplate> cases) {

  /** A hospital of the department and the rooms its cases run in. */
  record Site(String id, ZoneId zone, List<String> rooms) {}

  /** One elective case of the generated weeks, moved to the weeks around today. */
  record CaseTemplate(String hospitalId, String caseId, String procedureType, Competency competency,
      String orRoom, Instant plannedStart, int minutes, ZoneId zone) {

    Instant plannedEnd() {
      return plannedStart.plusSeconds(60L * minutes);
    }
  }
}
