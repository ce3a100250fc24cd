package org.onpump.scheduler.report;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.onpump.scheduler.staff.Perfusionist;
import org.onpump.scheduler.staff.StaffRepository;
import org.springframework.stereotype.Component;

/**
 * Certification expiries (CCPs) and board-eligible deadlines falling within the coming days, soonest first, and any
 * that have already passed: who must renew or certify before they may no longer be rostered.
 */
@Component
class Expiries {

  static final String CERTIFICATION_EXPIRY = "certification expiry";
  static final String BOARD_ELIGIBLE_DEADLINE = "board-eligible deadline";

  private final StaffRepository staff;

  Expiries(StaffRepository staff) {
    this.staff = staff;
  }

  Report report(String departmentId, LocalDate today, int withinDays) {
    LocalDate last = today.plusDays(withinDays);
    List<Expiry> expiries = new ArrayList<>();
    for (Perfusionist person : staff.departmentStaff(departmentId)) {
      LocalDate date = person.isCcp() ? person.credential().certificationExpiry()
          : person.isBoardEligible() ? person.credential().boardEligibleDeadline() : null;
      if (date != null && !date.isAfter(last)) {
        long daysLeft = ChronoUnit.DAYS.between(today, date);
        expiries.add(new Expiry(person.id(), person.displayName(), person.credentialLevel().name(),
            person.isCcp() ? CERTIFICATION_EXPIRY : BOARD_ELIGIBLE_DEADLINE, date, daysLeft,
            daysLeft < 0 ? "passed" : "due"));
      }
    }
    expiries.sort(Comparator.comparing(Expiry::date).thenComparing(Expiry::perfusionistId));
    return new Report(departmentId, today, withinDays, expiries);
  }

  /** The report: what falls due by {@code asOf + withinDays}, soonest (or longest passed) first. */
  record Report(String departmentId, LocalDate asOf, int withinDays, List<Expiry> expiries) implements CsvReport {

    @Override
    public String fileName() {
      return "expiries-" + departmentId + "-" + asOf;
    }

    @Override
    public List<String> csvHeader() {
      return List.of("perfusionist_id", "name", "credential_level", "what", "date", "days_left", "status");
    }

    @Override
    public List<List<Object>> csvRows() {
      return expiries.stream().map(row -> List.<Object>of(row.perfusionistId(), row.displayName(),
          row.credentialLevel(), row.what(), row.date(), row.daysLeft(), row.status())).toList();
    }
  }

  /** @param daysLeft negative once the date has passed */
  record Expiry(String perfusionistId, String displayName, String credentialLevel, String what, LocalDate date,
      long daysLeft, String status) {}
}
