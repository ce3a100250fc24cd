package org.onpump.scheduler.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onpump.scheduler.roster.Rosters.MONDAY;
import static org.onpump.scheduler.roster.Rosters.TUESDAY;
import static org.onpump.scheduler.roster.Rosters.ZONE;
import static org.onpump.shared.event.Competency.ADULT_CPB;
import static org.onpump.shared.event.Competency.TRANSPLANT;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.onpump.scheduler.cases.CaseKey;
import org.onpump.scheduler.cases.CaseStatus;
import org.onpump.scheduler.cases.PumpCase;
import org.onpump.scheduler.department.DepartmentPolicy;
import org.onpump.scheduler.department.Hospital;
import org.onpump.scheduler.staff.Credential;
import org.onpump.scheduler.staff.Perfusionist;
import org.onpump.scheduler.staff.PerfusionistBuilder;
import org.onpump.scheduler.staff.TimeOff;
import org.optaplanner.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import org.optaplanner.core.api.solver.SolverFactory;

/**
 * A transplant at St Mary's (New York licenses perfusionists) on Tuesday at 08:00, solved on Monday night, when
 * every perfusionist but one is ruled out by exactly one rule: the solver gives it to that one, and when that one
 * is away too, the seat stays empty and is reported unfilled rather than given to anyone who must not hold it.
 */
class OnlyLegalPerfusionistTest {

  private static final Hospital ST_MARYS = new Hospital("st-marys", ZONE, "NY", true, Map.of("lakeside", 90));
  private static final Hospital LAKESIDE = new Hospital("lakeside", ZONE, "CT", false, Map.of("st-marys", 90));
  private static final CaseKey TRANSPLANT_CASE = new CaseKey(ST_MARYS.id(), "tx-1");
  private static final String PRIMARY_SEAT = TRANSPLANT_CASE + "/" + SeatKind.PRIMARY;
  private static final String SECOND_SEAT = TRANSPLANT_CASE + "/" + SeatKind.SECOND;
  private static final String STUDENT_SEAT = TRANSPLANT_CASE + "/" + SeatKind.STUDENT;
  private static final Instant TUESDAY_MIDNIGHT = TUESDAY.atStartOfDay(ZONE).toInstant();
  private static final TimeOff ALL_TUESDAY = new TimeOff(TUESDAY_MIDNIGHT, TUESDAY_MIDNIGHT.plus(Duration.ofDays(1)));

  @Test
  void onlyThePerfusionistWhoMeetsEveryRuleRunsTheTransplant() {
    DepartmentRoster solved = solve(department(false));

    assertThat(solved.getScore()).isEqualTo(HardMediumSoftScore.of(0, 0, solved.getScore().softScore()));
    assertThat(holders(solved)).containsEntry(PRIMARY_SEAT, "legal")
        .as("a board-eligible may second a transplant").containsEntry(SECOND_SEAT, "be")
        .as("beside a CCP, the student trains").containsEntry(STUDENT_SEAT, "student");
  }

  @Test
  void whenNobodyMayLegallyRunItThePrimarySeatStaysEmptyAndIsReportedUnfilled() {
    DepartmentRoster solved = solve(department(true));

    assertThat(solved.getScore().hardScore()).isZero();
    assertThat(solved.getScore().mediumScore()).as("one required seat unfilled").isEqualTo(-1);
    assertThat(holders(solved)).containsEntry(PRIMARY_SEAT, null).containsEntry(SECOND_SEAT, "be")
        .as("no CCP on the case: no student either").containsEntry(STUDENT_SEAT, null);
  }

  private static DepartmentRoster department(boolean legalOneAway) {
    PerfusionistBuilder legal = qualified(Credential.ccp(Rosters.CERTIFIED_UNTIL), "legal")
        // a wish, not time off: safety comes before it
        .prefers(Set.of(DayOfWeek.TUESDAY), false, Set.of());
    if (legalOneAway) {
      legal.timeOff(ALL_TUESDAY);
    }
    List<Perfusionist> staff = List.of(legal.build(),
        Perfusionist.builder("no-privileges", ccp()).competencies(TRANSPLANT, ADULT_CPB).worksAt(LAKESIDE.id(), 20)
            .licensedIn("NY").build(),
        Perfusionist.builder("unlicensed", ccp()).competencies(TRANSPLANT, ADULT_CPB).worksAt(ST_MARYS.id(), 20)
            .build(),
        qualified(Credential.ccp(MONDAY), "expired").build(),
        qualified(ccp(), "on-leave").timeOff(ALL_TUESDAY).build(),
        qualified(Credential.boardEligible(Rosters.CERTIFIED_UNTIL), "be").build(),
        qualified(ccp(), "after-first-call").build(),
        qualified(ccp(), "at-lakeside").worksAt(LAKESIDE.id(), 30).build(),
        qualified(Credential.student(), "student").build(),
        // Lakeside's own on-call pair, neither competent for transplant nor privileged at St Mary's
        Perfusionist.builder("lakeside-1", ccp()).competencies(ADULT_CPB).worksAt(LAKESIDE.id(), 10).build(),
        Perfusionist.builder("lakeside-2", ccp()).competencies(ADULT_CPB).worksAt(LAKESIDE.id(), 10).build());
    RosterProblem problem = new RosterProblem(DepartmentPolicy.defaults(), new RosterPeriod(MONDAY, 1, ZONE, Set.of()),
        List.of(ST_MARYS, LAKESIDE), staff);
    // Monday night's rota is running, so pinned; first call is presumed worked and rest follows it
    Map<String, String> onCall = Map.of(
        call(ST_MARYS, SeatKind.FIRST_CALL), "after-first-call", call(ST_MARYS, SeatKind.SECOND_CALL), "be",
        call(LAKESIDE, SeatKind.FIRST_CALL), "lakeside-1", call(LAKESIDE, SeatKind.SECOND_CALL), "lakeside-2");
    problem.addOnCall(onCall, onCall, onCall.keySet());
    // an emergency at Lakeside until 07:30, 90 minutes' drive away from an 08:00 start
    Instant emergencyStart = TUESDAY.atTime(4, 30).atZone(ZONE).toInstant();
    PumpCase emergency = new PumpCase(new CaseKey(LAKESIDE.id(), "emergency"), "dept", "CABG", ADULT_CPB, "OR-1",
        emergencyStart, 180, ZONE.getId(), CaseStatus.IN_PROGRESS, emergencyStart, null);
    problem.addCase(emergency, Map.of(emergency.key() + "/" + SeatKind.PRIMARY, "at-lakeside"), Map.of(), Set.of());
    problem.addCase(new PumpCase(TRANSPLANT_CASE, "dept", "TRANSPLANT", TRANSPLANT, "OR-2",
        TUESDAY.atTime(8, 0).atZone(ZONE).toInstant(), 360, ZONE.getId(), CaseStatus.SCHEDULED, null, null),
        Map.of(), Map.of(), Set.of());
    return problem.build();
  }

  /** Transplant and adult CPB, privileges at St Mary's 20 minutes from home, licensed in New York. */
  private static PerfusionistBuilder qualified(Credential credential, String id) {
    return Perfusionist.builder(id, credential).competencies(TRANSPLANT, ADULT_CPB).worksAt(ST_MARYS.id(), 20)
        .licensedIn("NY");
  }

  private static Credential ccp() {
    return Credential.ccp(Rosters.CERTIFIED_UNTIL);
  }

  private static String call(Hospital hospital, SeatKind kind) {
    return hospital.id() + "/" + MONDAY + "/NIGHT/" + kind;
  }

  private static DepartmentRoster solve(DepartmentRoster problem) {
    return SolverFactory.<DepartmentRoster>create(SolverConfiguration
            .solverConfig(new SolverProperties(Duration.ofSeconds(5), Duration.ofSeconds(1))))
        .buildSolver().solve(problem);
  }

  private static Map<String, String> holders(DepartmentRoster roster) {
    return roster.getSeats().stream().collect(HashMap::new,
        (map, seat) -> map.put(seat.getId(), seat.getPerfusionist() == null ? null : seat.getPerfusionist().id()),
        Map::putAll);
  }
}
