package org.onpump.infra.benchmarks;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.onpump.scheduler.cases.CaseKey;
import org.onpump.scheduler.cases.CaseStatus;
import org.onpump.scheduler.cases.PumpCase;
import org.onpump.scheduler.department.DepartmentPolicy;
import org.onpump.scheduler.department.Hospital;
import org.onpump.scheduler.roster.DepartmentRoster;
import org.onpump.scheduler.roster.RosterPeriod;
import org.onpump.scheduler.roster.RosterProblem;
import org.onpump.scheduler.staff.Credential;
import org.onpump.scheduler.staff.Perfusionist;
import org.onpump.scheduler.staff.YearToDate;
import org.onpump.shared.event.Competency;

/**
 * A department small enough to reason about by hand: two hospitals 40 minutes apart, three CCPs, a board-eligible
 * and a student; two overlapping bypass cases at h-1, a HIPEC case only p-2 may run, a case at h-2 starting when
 * the first one ends, a case already on pump next morning (pinned to p-1) and a published seat (c-2 to p-3); p-4
 * is a locum on a two-hour week, so any case takes them over their contract. Two nights on call at both hospitals.
 */
final class HandMadeDepartment {

  static final ZoneId ZONE = ZoneId.of("America/New_York");
  static final LocalDate DAY = LocalDate.of(2026, 12, 1);

  private HandMadeDepartment() {
  }

  static DepartmentRoster build() {
    Hospital north = new Hospital("h-1", ZONE, "NY", false, Map.of("h-2", 40));
    Hospital south = new Hospital("h-2", ZONE, "NY", false, Map.of("h-1", 40));
    LocalDate expiry = DAY.plusYears(2);
    List<Perfusionist> staff = List.of(
        Perfusionist.builder("p-1", Credential.ccp(expiry)).competencies(Competency.ADULT_CPB)
            .worksAt("h-1", 10).worksAt("h-2", 20).yearToDate(new YearToDate(10, 5, 3, 1, 0, 0, 0, 0)).build(),
        Perfusionist.builder("p-2", Credential.ccp(expiry)).competencies(Competency.ADULT_CPB, Competency.HIPEC)
            .worksAt("h-1", 15).worksAt("h-2", 50).build(),
        Perfusionist.builder("p-3", Credential.boardEligible(expiry)).competencies(Competency.ADULT_CPB)
            .worksAt("h-1", 10).prefers(Set.of(), true, Set.of()).build(),
        Perfusionist.builder("p-4", Credential.ccp(expiry)).competencies(Competency.ADULT_CPB).worksAt("h-2", 10)
            .contractMinutesPerWeek(120).build(),
        Perfusionist.builder("s-1", Credential.student()).competencies(Competency.ADULT_CPB).worksAt("h-1", 10)
            .build());
    RosterProblem problem = new RosterProblem(DepartmentPolicy.defaults(),
        new RosterPeriod(DAY, 2, ZONE, Set.of()), List.of(north, south), staff);
    Map<String, String> nobody = Map.of();
    problem.addCase(pumpCase("h-1", "c-1", "CABG", Competency.ADULT_CPB, 8, 240, false), nobody, nobody, Set.of());
    problem.addCase(pumpCase("h-1", "c-2", "REDO", Competency.ADULT_CPB, 9, 300, false), nobody,
        Map.of("h-1/c-2/PRIMARY", "p-3"), Set.of());
    problem.addCase(pumpCase("h-1", "c-3", "HIPEC", Competency.HIPEC, 13, 240, false), nobody, nobody, Set.of());
    problem.addCase(pumpCase("h-2", "c-4", "VALVE", Competency.ADULT_CPB, 12, 180, false), nobody, nobody,
        Set.of());
    problem.addCase(pumpCase("h-1", "c-5", "CABG", Competency.ADULT_CPB, 32, 180, true),
        Map.of("h-1/c-5/PRIMARY", "p-1"), nobody, Set.of());
    problem.addOnCall(nobody, nobody, Set.of());
    return problem.build();
  }

  /**
   * One hospital, three CCPs, three cases at 08:00 (N + 1 leaves room for two), a ten-hour case next morning and an
   * evening case after it (too little rest for one person to take both), and on call after each day.
   */
  static DepartmentRoster crowded() {
    Hospital hospital = new Hospital("h-1", ZONE, "NY", false, Map.of());
    List<Perfusionist> staff = List.of("q-1", "q-2", "q-3").stream()
        .map(id -> Perfusionist.builder(id, Credential.ccp(DAY.plusYears(1))).competencies(Competency.ADULT_CPB)
            .worksAt("h-1", 20).build())
        .toList();
    RosterProblem problem = new RosterProblem(DepartmentPolicy.defaults(),
        new RosterPeriod(DAY, 2, ZONE, Set.of()), List.of(hospital), staff);
    Map<String, String> nobody = Map.of();
    for (String id : List.of("a-1", "a-2", "a-3")) {
      problem.addCase(pumpCase("h-1", id, "CABG", Competency.ADULT_CPB, 8, 240, false), nobody, nobody, Set.of());
    }
    problem.addCase(pumpCase("h-1", "b-1", "VALVE", Competency.ADULT_CPB, 24 + 7, 600, false), nobody, nobody,
        Set.of());
    problem.addCase(pumpCase("h-1", "b-2", "CABG", Competency.ADULT_CPB, 24 + 20, 300, false), nobody, nobody,
        Set.of());
    problem.addOnCall(nobody, nobody, Set.of());
    return problem.build();
  }

  /** A case starting that many hours after midnight on the first day. */
  private static PumpCase pumpCase(String hospital, String id, String procedure, Competency competency, int hour,
      int minutes, boolean started) {
    Instant start = DAY.atStartOfDay(ZONE).toInstant().plusSeconds(3600L * hour);
    return new PumpCase(new CaseKey(hospital, id), "hand-made", procedure, competency, "OR-1", start, minutes,
        ZONE.getId(), started ? CaseStatus.IN_PROGRESS : CaseStatus.SCHEDULED, started ? start : null, null);
  }

  static String holder(DepartmentRoster roster, String seatId) {
    var seat = roster.getSeats().stream().filter(s -> s.getId().equals(seatId)).findFirst().orElseThrow();
    return seat.getPerfusionist() == null ? null : seat.getPerfusionist().id();
  }
}
