package org.onpump.scheduler.roster;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.onpump.scheduler.department.DepartmentPolicy;
import org.onpump.scheduler.roster.ActivityTarget.ActivityKind;
import org.onpump.scheduler.staff.Perfusionist;
import org.onpump.scheduler.staff.YearToDate;

/**
 * What each person still needs in a period. A CCP is on pace when, by the end of the period, they have the share of
 * the yearly minimums that the elapsed part of the certification year calls for; students and board-eligible
 * perfusionists work toward their whole training count.
 */
final class ActivityTargets {

  private ActivityTargets() {
  }

  static List<ActivityTarget> of(DepartmentPolicy policy, RosterPeriod period, List<Perfusionist> staff) {
    double elapsed = elapsedShareOfYear(policy, period.endDay());
    List<ActivityTarget> targets = new ArrayList<>();
    for (Perfusionist person : staff) {
      YearToDate done = person.yearToDate();
      switch (person.credentialLevel()) {
        case CCP -> {
          add(targets, person, ActivityKind.CLINICAL,
              (int) Math.ceil(policy.yearlyActivities() * elapsed) - done.clinicalActivities());
          add(targets, person, ActivityKind.PRIMARY,
              (int) Math.ceil(policy.yearlyPrimaryActivities() * elapsed) - done.primaryActivities());
        }
        case BOARD_ELIGIBLE -> add(targets, person, ActivityKind.INDEPENDENT,
            policy.boardEligibleIndependentCases() - done.independentCases());
        case STUDENT -> {
          add(targets, person, ActivityKind.STUDENT_CASE, policy.studentCases() - done.trainingCases());
          add(targets, person, ActivityKind.STUDENT_PAEDIATRIC,
              policy.studentPaediatricCases() - done.paediatricTrainingCases());
        }
      }
    }
    return targets;
  }

  /** Share of the certification year gone by the given day (0 to 1). */
  static double elapsedShareOfYear(DepartmentPolicy policy, LocalDate day) {
    LocalDate yearStart = policy.certificationYearStart().atYear(day.getYear());
    if (yearStart.isAfter(day)) {
      yearStart = yearStart.minusYears(1);
    }
    long length = ChronoUnit.DAYS.between(yearStart, yearStart.plusYears(1));
    return Math.min(1.0, ChronoUnit.DAYS.between(yearStart, day) / (double) length);
  }

  private static void add(List<ActivityTarget> targets, Perfusionist person, ActivityKind kind, int needed) {
    if (needed > 0) {
      targets.add(new ActivityTarget(person, kind, needed));
    }
  }
}
