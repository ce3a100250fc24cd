package org.onpump.scheduler.report;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.onpump.scheduler.department.DepartmentPolicy;

/**
 * The certification year (ABCP: 1 July to 30 June; the department's policy says when it starts) that a day falls
 * in, and how much of it has gone by the end of that day.
 *
 * @param end the first day of the next certification year
 */
record CertificationYear(LocalDate start, LocalDate end) {

  static CertificationYear of(DepartmentPolicy policy, LocalDate day) {
    LocalDate start = policy.certificationYearStart().atYear(day.getYear());
    if (start.isAfter(day)) {
      start = policy.certificationYearStart().atYear(day.getYear() - 1);
    }
    return new CertificationYear(start, policy.certificationYearStart().atYear(start.getYear() + 1));
  }

  /** Share of the year gone by the end of {@code day} (0 to 1). */
  double elapsedBy(LocalDate day) {
    double gone = ChronoUnit.DAYS.between(start, day.plusDays(1));
    return Math.min(1.0, gone / ChronoUnit.DAYS.between(start, end));
  }
}
