package org.onpump.scheduler.roster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.onpump.scheduler.cases.CaseKey;
import org.onpump.scheduler.staff.CredentialLevel;
import org.onpump.scheduler.staff.Perfusionist;
import org.onpump.shared.event.Competency;
import org.optaplanner.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import org.optaplanner.core.api.solver.SolutionManager;
import org.optaplanner.core.api.solver.SolverFactory;

/** A roster that breaks hard rules is made safe by emptying exactly the seats the broken rules name. */
class UnsafeSeatsTest {

  private static final Instant NINE = Instant.parse("2026-11-23T14:00:00Z");

  private final SolverFactory<DepartmentRoster> factory = SolverFactory.create(
      SolverConfiguration.solverConfig(new SolverProperties(Duration.ofSeconds(1), Duration.ofMillis(100))));
  private final UnsafeSeats unsafeSeats = new UnsafeSeats(SolutionManager.create(factory));

  private final Perfusionist ana = person("p-01", CredentialLevel.CCP, Competency.ADULT_CPB);
  private final Perfusionist kara = person("p-11", CredentialLevel.STUDENT, Competency.ADULT_CPB);

  @Test
  void seatsBreakingAHardRuleAreEmptiedAndTheRestKept() {
    CaseSeat sameTime = seat("same-time", Competency.ADULT_CPB, NINE, ana, false);
    CaseSeat overlapping = seat("overlapping", Competency.ADULT_CPB, NINE.plus(Duration.ofHours(2)), ana, false);
    CaseSeat student = seat("student", Competency.ADULT_CPB, NINE, kara, false);
    CaseSeat running = seat("running", Competency.ADULT_CPB, NINE, ana, true);
    DepartmentRoster roster = new DepartmentRoster(List.of(ana, kara), List.of(sameTime, overlapping, student, running));

    int released = unsafeSeats.release(roster);

    assertThat(roster.getScore().isFeasible()).as("score %s", roster.getScore()).isTrue();
    assertThat(student.getPerfusionist()).isNull();
    assertThat(running.getPerfusionist()).as("a started case is what happens in the OR").isEqualTo(ana);
    assertThat(sameTime.getPerfusionist()).as("overlaps the running case").isNull();
    assertThat(overlapping.getPerfusionist()).as("overlaps the running case").isNull();
    assertThat(released).isEqualTo(3);
  }

  @Test
  void aSafeRosterIsLeftAsItIs() {
    CaseSeat safe = seat("safe", Competency.ADULT_CPB, NINE, ana, false);
    DepartmentRoster roster = new DepartmentRoster(List.of(ana), List.of(safe));

    assertThat(unsafeSeats.release(roster)).isZero();
    assertThat(safe.getPerfusionist()).isEqualTo(ana);
    assertThat(roster.getScore()).isEqualTo(HardMediumSoftScore.of(0, 0, -(240 * 240 / 60)));
  }

  private static Perfusionist person(String id, CredentialLevel level, Competency competency) {
    return new Perfusionist(id, id, id + "@demo.onpump.org", level, Set.of(competency));
  }

  private static CaseSeat seat(String caseId, Competency competency, Instant start, Perfusionist holder,
      boolean pinned) {
    CaseSeat seat = new CaseSeat(new CaseKey("demo-general", caseId), competency, start,
        start.plus(Duration.ofHours(4)), holder.id(), pinned);
    seat.setPerfusionist(holder);
    return seat;
  }
}
