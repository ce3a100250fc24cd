package org.onpump.scheduler.roster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.onpump.scheduler.roster.generator.DepartmentGenerator;
import org.onpump.scheduler.roster.generator.DepartmentSize;
import org.onpump.scheduler.staff.Perfusionist;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.solver.EnvironmentMode;

/**
 * Solves the smallest generated department (one hospital, six people, a week) with every incremental score checked
 * against a full recalculation (FULL_ASSERT), some seats pinned and some published beforehand, so score corruption
 * in any rule fails the build.
 */
class RosterSolverFullAssertTest {

  @Test
  void generatedDepartmentIsSolvedSafelyWithoutCorruptingTheScore() {
    Map<String, Perfusionist> pins = new HashMap<>();
    DepartmentRoster problem = withSomeSeatsPinnedAndPublished(DepartmentGenerator.generate(DepartmentSize.XS, 7),
        pins);

    DepartmentRoster solved = SolverFactory.<DepartmentRoster>create(SolverConfiguration
            .solverConfig(new SolverProperties(Duration.ofSeconds(5), Duration.ofSeconds(2)))
            .withEnvironmentMode(EnvironmentMode.FULL_ASSERT))
        .buildSolver().solve(problem);

    assertThat(solved.getScore().hardScore()).as("score %s", solved.getScore()).isZero();
    assertThat(solved.getSeats()).filteredOn(seat -> seat.getPerfusionist() != null)
        .as("every seat held by someone its slot admits")
        .allMatch(seat -> seat.getSlot().admits(seat.getPerfusionist()));
    assertThat(solved.getSeats())
        .filteredOn(seat -> seat.getKind() == SeatKind.STUDENT && seat.getPerfusionist() != null)
        .as("no student without a CCP on the same case")
        .allMatch(student -> solved.getSeats().stream().anyMatch(other -> other.sharesCaseWith(student)
            && other.getKind().isClinicalActivity() && other.getPerfusionist() != null
            && other.getPerfusionist().isCcp()));
    assertThat(solved.getSeats()).filteredOn(seat -> pins.containsKey(seat.getId()))
        .hasSize(pins.size())
        .allMatch(seat -> seat.getPerfusionist().equals(pins.get(seat.getId())), "pinned seats keep their holder");
  }

  /**
   * Pins the first primary and the first night on first call to someone they admit (as a started case and a running
   * night would be), and publishes every third case's primary to its first candidate, so stability counts.
   */
  private static DepartmentRoster withSomeSeatsPinnedAndPublished(DepartmentRoster generated,
      Map<String, Perfusionist> pins) {
    List<Seat> bySeatStart = generated.getSeats().stream().sorted(Comparator.comparingInt(Seat::getStart)).toList();
    Seat firstCase = bySeatStart.stream()
        .filter(seat -> seat.getKind() == SeatKind.PRIMARY && !seat.getEligible().isEmpty()).findFirst().orElseThrow();
    Seat firstNight = bySeatStart.stream()
        .filter(seat -> seat.getKind() == SeatKind.FIRST_CALL && !seat.getEligible().isEmpty()).findFirst()
        .orElseThrow();
    pins.put(firstCase.getId(), firstCase.getEligible().get(0));
    pins.put(firstNight.getId(), firstNight.getEligible().get(0));
    List<Seat> seats = new ArrayList<>();
    int primaries = 0;
    for (Seat seat : generated.getSeats()) {
      Perfusionist pinned = pins.get(seat.getId());
      boolean published = seat.getKind() == SeatKind.PRIMARY && primaries++ % 3 == 0 && !seat.getEligible().isEmpty();
      if (pinned != null) {
        seats.add(new Seat(seat.getSlot(), generated.getPerfusionists(), pinned, pinned.id(), true));
      } else if (published) {
        Perfusionist announced = seat.getEligible().get(0);
        seats.add(new Seat(seat.getSlot(), generated.getPerfusionists(), announced, announced.id(), false));
      } else {
        seats.add(seat);
      }
    }
    // the moments again, so pinned work counts and the new seats learn which moments they cover
    return new DepartmentRoster(generated.getPolicy(), generated.getPerfusionists(),
        PumpMoments.of(generated.getPolicy(), generated.getPerfusionists(), seats), generated.getActivityTargets(),
        seats);
  }
}
