package org.onpump.scheduler.report;

import java.time.LocalDate;
import java.util.ArrayList;
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
 * Each CCP's clinical activities in the certification year against the ABCP minimums: the year to date on record
 * plus the primary and second seats of the published rosters from the year's start through the day asked for. At
 * most the yearly total minus the primary minimum of secondary activities count (ABCP: 40 - 25 = 15). On track
 * means at least the elapsed share of both minimums; the shortfalls are what is still missing for the whole year.
 */
@Component
class ClinicalActivities {

  static final String ON_TRACK = "on track";
  static final String BEHIND = "behind";

  private final PublishedRosters rosters;
  private final StaffRepository staff;
  private final DepartmentPolicies policies;

  ClinicalActivities(PublishedRosters rosters, StaffRepository staff, DepartmentPolicies policies) {
    this.rosters = rosters;
    this.staff = staff;
    this.policies = policies;
  }

  Report report(String departmentId, LocalDate asOf) {
    DepartmentPolicy policy = policies.policyOf(departmentId);
    CertificationYear year = CertificationYear.of(policy, asOf);
    Map<String, int[]> published = new HashMap<>();
    for (PublishedSeat seat : rosters.departmentSeats(departmentId, year.start(), asOf.plusDays(1))) {
      if (seat.perfusionistId() != null && (seat.kind().equals("PRIMARY") || seat.kind().equals("SECOND"))) {
        published.computeIfAbsent(seat.perfusionistId(), id -> new int[2])[seat.kind().equals("PRIMARY") ? 0 : 1]++;
      }
    }
    int required = policy.yearlyActivities();
    int requiredPrimary = policy.yearlyPrimaryActivities();
    int expected = (int) Math.ceil(required * year.elapsedBy(asOf));
    int expectedPrimary = (int) Math.ceil(requiredPrimary * year.elapsedBy(asOf));
    List<PersonRow> people = new ArrayList<>();
    for (Perfusionist person : staff.departmentStaff(departmentId)) {
      if (!person.isCcp()) {
        continue;
      }
      int[] seats = published.getOrDefault(person.id(), new int[2]);
      int primary = person.yearToDate().primaryActivities() + seats[0];
      int secondary = person.yearToDate().secondaryActivities() + seats[1];
      int counted = primary + Math.min(secondary, Math.max(0, required - requiredPrimary));
      people.add(new PersonRow(person.id(), person.displayName(), person.yearToDate().primaryActivities(),
          person.yearToDate().secondaryActivities(), seats[0], seats[1], primary, secondary, counted,
          counted >= expected && primary >= expectedPrimary ? ON_TRACK : BEHIND, Math.max(0, required - counted),
          Math.max(0, requiredPrimary - primary)));
    }
    return new Report(departmentId, asOf, year.start(), year.end().minusDays(1), required, requiredPrimary,
        expected, expectedPrimary, people);
  }

  /**
   * The report: the year, its minimums and the share of them expected by now, and one row per CCP.
   *
   * @param yearEnd the last day of the certification year
   */
  record Report(String departmentId, LocalDate asOf, LocalDate yearStart, LocalDate yearEnd, int requiredActivities,
      int requiredPrimary, int expectedActivitiesByNow, int expectedPrimaryByNow, List<PersonRow> people)
      implements CsvReport {

    @Override
    public String fileName() {
      return "clinical-activities-" + departmentId + "-" + asOf;
    }

    @Override
    public List<String> csvHeader() {
      return List.of("perfusionist_id", "name", "primary_on_record", "secondary_on_record", "primary_published",
          "secondary_published", "primary", "secondary", "counted_activities", "required_activities",
          "required_primary", "status", "shortfall", "primary_shortfall");
    }

    @Override
    public List<List<Object>> csvRows() {
      return people.stream().map(row -> List.<Object>of(row.perfusionistId(), row.displayName(),
          row.primaryOnRecord(), row.secondaryOnRecord(), row.primaryPublished(), row.secondaryPublished(),
          row.primary(), row.secondary(), row.countedActivities(), requiredActivities, requiredPrimary,
          row.status(), row.shortfall(), row.primaryShortfall())).toList();
    }
  }

  /**
   * One CCP's year.
   *
   * @param countedActivities primary plus secondary, the secondary capped
   * @param shortfall activities still missing to the yearly minimum
   * @param primaryShortfall primary activities still missing to the yearly primary minimum
   */
  record PersonRow(String perfusionistId, String displayName, int primaryOnRecord, int secondaryOnRecord,
      int primaryPublished, int secondaryPublished, int primary, int secondary, int countedActivities,
      String status, int shortfall, int primaryShortfall) {}
}
