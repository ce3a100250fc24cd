package org.onpump.infra.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onpump.infra.benchmarks.HandMadeDepartment.holder;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.onpump.scheduler.roster.DepartmentRoster;
import org.onpump.scheduler.roster.Seat;
import org.onpump.scheduler.roster.generator.DepartmentGenerator;
import org.onpump.scheduler.roster.generator.DepartmentSize;
import org.onpump.scheduler.staff.Perfusionist;
import org.optaplanner.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;

class CpSatOptimumTest {

  private final RosterScoring scoring = new RosterScoring();

  @Test
  void theOnlyPersonWhoMayRunACaseGetsItAndOptaPlannerScoresTheOptimumAsCpSatDoes() {
    CpSatOptimum.Result optimum = CpSatOptimum.solve(HandMadeDepartment.build(), scoring, 30, 1);

    assertThat(optimum.status()).isEqualTo("OPTIMAL");
    assertThat(optimum.optaPlannerScore()).isEqualTo(optimum.score());
    assertThat(optimum.score().mediumScore()).as("every required seat can be filled").isZero();
    assertThat(holder(optimum.roster(), "h-1/c-3/PRIMARY")).as("only p-2 runs HIPEC").isEqualTo("p-2");
    assertThat(holder(optimum.roster(), "h-2/c-4/PRIMARY")).as("p-1 cannot drive over in time").isNotEqualTo("p-1");
  }

  @Test
  void cpSatAndOptaPlannerAgreeOnTheOptimumOfAGeneratedDepartment() {
    CpSatOptimum.Result optimum = CpSatOptimum.solve(DepartmentGenerator.generate(DepartmentSize.XS, 1), scoring,
        30, 1);

    assertThat(optimum.status()).isEqualTo("OPTIMAL");
    assertThat(optimum.optaPlannerScore()).isEqualTo(optimum.score());
  }

  /** Rosters a seat or two away from the optimum: some safe, some not; both models must say the same of each. */
  @Test
  void cpSatRulesOutExactlyTheRostersOptaPlannerFindsUnsafeAndScoresTheRestTheSame() {
    Random random = new Random(7);
    int safe = 0;
    int unsafe = 0;
    for (DepartmentRoster department : List.of(HandMadeDepartment.build(), HandMadeDepartment.crowded(),
        DepartmentGenerator.generate(DepartmentSize.XS, 1))) {
      DepartmentRoster roster = CpSatOptimum.solve(department, scoring, 30, 1).roster();
      List<Perfusionist> optimum = roster.getSeats().stream().map(Seat::getPerfusionist).toList();
      List<Seat> free = roster.getSeats().stream().filter(seat -> !seat.isPinned()).toList();
      for (int round = 0; round < 40; round++) {
        for (int i = 0; i < roster.getSeats().size(); i++) {
          roster.getSeats().get(i).setPerfusionist(optimum.get(i));
        }
        for (int change = 0; change <= random.nextInt(3); change++) {
          Seat seat = free.get(random.nextInt(free.size()));
          List<Perfusionist> choices = new ArrayList<>(seat.getEligible());
          choices.add(null);
          seat.setPerfusionist(choices.get(random.nextInt(choices.size())));
        }
        HardMediumSoftScore optaPlanner = scoring.score(roster);
        Optional<HardMediumSoftScore> cpSat = CpSatOptimum.judge(roster);
        if (optaPlanner.hardScore() == 0) {
          safe++;
          assertThat(cpSat).as("round %d: %s", round, scoring.hardBreaches(roster)).contains(optaPlanner);
        } else {
          unsafe++;
          assertThat(cpSat).as("round %d breaks %s", round, scoring.hardBreaches(roster)).isEmpty();
        }
      }
    }
    assertThat(safe).as("safe rosters compared").isGreaterThan(20);
    assertThat(unsafe).as("unsafe rosters compared").isGreaterThan(20);
  }
}
