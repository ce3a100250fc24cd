package org.onpump.scheduler.roster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.onpump.scheduler.cases.CaseKey;
import org.onpump.scheduler.staff.CredentialLevel;
import org.onpump.scheduler.staff.Perfusionist;
import org.onpump.shared.event.Competency;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.solver.EnvironmentMode;
import org.optaplanner.core.config.solver.SolverConfig;

/** Solves a small generated department with every incremental score checked against a full recalculation. */
class RosterSolverFullAssertTest {

  private static final Instant MONDAY = Instant.parse("2026-11-23T12:00:00Z");

  @Test
  void generatedDepartmentIsSolvedWithoutBreakingAHardRuleAndWithoutCorruptingTheScore() {
    SolverConfig config = SolverConfiguration
        .solverConfig(new SolverProperties(Duration.ofSeconds(3), Duration.ofSeconds(1)))
        .withEnvironmentMode(EnvironmentMode.FULL_ASSERT);
    Random random = new Random(7);
    List<Perfusionist> staff = staff(random);
    List<CaseSeat> seats = cases(random, staff.get(0));

    DepartmentRoster solved = SolverFactory.<DepartmentRoster>create(config).buildSolver()
        .solve(new DepartmentRoster(staff, seats));

    assertThat(solved.getScore().isFeasible()).as("score %s", solved.getScore()).isTrue();
    assertThat(solved.getSeats()).filteredOn(seat -> seat.getPerfusionist() != null)
        .allSatisfy(seat -> {
          assertThat(seat.getPerfusionist().isStudent()).isFalse();
          assertThat(seat.getPerfusionist().isCompetentFor(seat.getRequiredCompetency())).isTrue();
        });
    assertThat(solved.getSeats()).filteredOn(seat -> seat.getRequiredCompetency() == Competency.HIPEC)
        .as("nobody is competent for HIPEC: the case stays unfilled, and is kept")
        .singleElement().extracting(CaseSeat::getPerfusionist).isNull();
    assertThat(solved.getSeats()).filteredOn(CaseSeat::isPinned)
        .singleElement().extracting(seat -> seat.getPerfusionist().id()).isEqualTo(staff.get(0).id());
  }

  private static List<Perfusionist> staff(Random random) {
    List<Perfusionist> staff = new ArrayList<>();
    Competency[] extras = {Competency.ECMO_ADULT, Competency.IABP, Competency.VAD, Competency.TRANSPLANT};
    for (int i = 1; i <= 6; i++) {
      EnumSet<Competency> competencies = EnumSet.of(Competency.ADULT_CPB, extras[random.nextInt(extras.length)]);
      staff.add(new Perfusionist("p-" + i, "Person " + i, "p" + i + "@demo.onpump.org",
          i <= 4 ? CredentialLevel.CCP : CredentialLevel.BOARD_ELIGIBLE, competencies));
    }
    staff.add(new Perfusionist("s-1", "Student 1", "s1@demo.onpump.org", CredentialLevel.STUDENT,
        EnumSet.of(Competency.ADULT_CPB)));
    return staff;
  }

  /** Three ORs over three days, a case running now (pinned) and one case nobody can run. */
  private static List<CaseSeat> cases(Random random, Perfusionist runningCaseHolder) {
    List<CaseSeat> seats = new ArrayList<>();
    Competency[] needs = {Competency.ADULT_CPB, Competency.ADULT_CPB, Competency.ADULT_CPB, Competency.ECMO_ADULT,
        Competency.IABP, Competency.VAD, Competency.TRANSPLANT};
    int n = 0;
    for (int day = 0; day < 3; day++) {
      for (int room = 1; room <= 3; room++) {
        Instant start = MONDAY.plus(Duration.ofDays(day)).plus(Duration.ofMinutes(random.nextInt(4) * 30));
        for (int slot = 0; slot < 2; slot++) {
          int minutes = 120 + 30 * random.nextInt(7);
          seats.add(new CaseSeat(new CaseKey("h", "c-" + n++), needs[random.nextInt(needs.length)], start,
              start.plus(Duration.ofMinutes(minutes)), null, false));
          start = start.plus(Duration.ofMinutes(minutes + 30));
        }
      }
    }
    seats.add(new CaseSeat(new CaseKey("h", "hipec"), Competency.HIPEC, MONDAY, MONDAY.plus(Duration.ofHours(5)),
        null, false));
    CaseSeat running = new CaseSeat(new CaseKey("h", "running"), Competency.ADULT_CPB, MONDAY.minusSeconds(3600),
        MONDAY.plus(Duration.ofHours(3)), runningCaseHolder.id(), true);
    running.setPerfusionist(runningCaseHolder);
    seats.add(running);
    return seats;
  }
}
