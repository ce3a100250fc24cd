package org.onpump.scheduler.report;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.onpump.scheduler.department.DepartmentPolicies;
import org.onpump.scheduler.department.DepartmentPolicy;
import org.onpump.scheduler.publication.PublishedRosters;
import org.onpump.scheduler.publication.PublishedSeat;
import org.onpump.scheduler.staff.Perfusionist;
import org.onpump.scheduler.staff.StaffRepository;
import org.springframework.stereotype.Component;

/**
 * Students' cases (all, and paediatric) toward the first board exam, and board-eligible perfusionists' independent
 * cases toward the clinical exam with their deadline to certify. Counts are the ones on record plus the published
 * seats of the certification year so far: a student's seats, and a board-eligible's seats as primary. A paediatric
 * case is a {@code CONGENITAL} procedure.
 */
@Component
class TrainingProgress {

  static final String PAEDIATRIC_PROCEDURE = "CONGENITAL";

  private final PublishedRosters rosters;
  private final StaffRepository staff;
  private final DepartmentPolicies policies;

  TrainingProgress(PublishedRosters rosters, StaffRepository staff, DepartmentPolicies policies) {
    this.rosters = rosters;
    this.staff = staff;
    this.policies = policies;
  }

  Report report(String departmentId, LocalDate today) {
    DepartmentPolicy policy = policies.policyOf(departmentId);
    LocalDate since = CertificationYear.of(policy, today).start();
    Map<String, int[]> published = new HashMap<>();
    for (PublishedSeat seat : rosters.departmentSeats(departmentId, since, today.plusDays(1))) {
      if (seat.perfusionistId() != null && (seat.kind().equals("STUDENT") || seat.kind().equals("PRIMARY"))) {
        int[] counts = published.computeIfAbsent(seat.perfusionistId() + "/" + seat.kind(), id -> new int[2]);
        counts[0]++;
        if (PAEDIATRIC_PROCEDURE.equals(seat.procedureType())) {
          counts[1]++;
        }
      }
    }
    List<Trainee> people = new ArrayList<>();
    for (Perfusionist person : staff.departmentStaff(departmentId)) {
      if (person.isStudent()) {
        int[] seats = published.getOrDefault(person.id() + "/STUDENT", new int[2]);
        int cases = person.yearToDate().trainingCases() + seats[0];
        int paediatric = person.yearToDate().paediatricTrainingCases() + seats[1];
        boolean reached = cases >= policy.studentCases() && paediatric >= policy.studentPaediatricCases();
        people.add(new Trainee(person.id(), person.displayName(), "STUDENT", cases, policy.studentCases(),
            Math.max(0, policy.studentCases() - cases), paediatric, policy.studentPaediatricCases(),
            Math.max(0, policy.studentPaediatricCases() - paediatric), null, null,
            reached ? "reached" : "in progress"));
      } else if (person.isBoardEligible()) {
        int cases = person.yearToDate().independentCases()
            + published.getOrDefault(person.id() + "/PRIMARY", new int[2])[0];
        LocalDate deadline = person.credential().boardEligibleDeadline();
        Long daysLeft = deadline == null ? null : ChronoUnit.DAYS.between(today, deadline);
        String status = cases >= policy.boardEligibleIndependentCases() ? "reached"
            : daysLeft != null && daysLeft < 0 ? "deadline passed" : "in progress";
        people.add(new Trainee(person.id(), person.displayName(), "BOARD_ELIGIBLE", cases,
            policy.boardEligibleIndependentCases(), Math.max(0, policy.boardEligibleIndependentCases() - cases),
            null, null, null, deadline, daysLeft, status));
      }
    }
    return new Report(departmentId, today, since, people);
  }

  /** The report: students and board-eligible perfusionists, each against their minimums. */
  record Report(String departmentId, LocalDate asOf, LocalDate publishedSeatsSince, List<Trainee> people)
      implements CsvReport {

    @Override
    public String fileName() {
      return "training-progress-" + departmentId + "-" + asOf;
    }

    @Override
    public List<String> csvHeader() {
      return List.of("perfusionist_id", "name", "credential_level", "cases", "required_cases", "cases_to_go",
          "paediatric_cases", "required_paediatric_cases", "paediatric_to_go", "deadline", "days_to_deadline",
          "status");
    }

    @Override
    public List<List<Object>> csvRows() {
      return people.stream().map(row -> Arrays.<Object>asList(row.perfusionistId(), row.displayName(),
          row.credentialLevel(), row.cases(), row.requiredCases(), row.casesToGo(), row.paediatricCases(),
          row.requiredPaediatricCases(), row.paediatricToGo(), row.deadline(), row.daysToDeadline(), row.status()))
          .toList();
    }
  }

  /**
   * A student's or board-eligible's progress: cases are a student's training cases or a board-eligible's
   * independent cases; paediatric counts are for students only (null otherwise), the deadline for board-eligibles.
   */
  record Trainee(String perfusionistId, String displayName, String credentialLevel, int cases, int requiredCases,
      int casesToGo, Integer paediatricCases, Integer requiredPaediatricCases, Integer paediatricToGo,
      LocalDate deadline, Long daysToDeadline, String status) {}
}
