package org.onpump.infra.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onpump.infra.benchmarks.HandMadeDepartment.holder;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.onpump.scheduler.roster.DepartmentRoster;
import org.onpump.scheduler.roster.Seat;
import org.onpump.scheduler.roster.generator.DepartmentGenerator;
import org.onpump.scheduler.roster.generator.DepartmentSize;

class GreedyRosterTest {

  @Test
  void eachSeatGoesToTheFirstEligiblePersonInStaffOrderWhoIsFreeThen() {
    DepartmentRoster roster = GreedyRoster.fill(HandMadeDepartment.build());

    assertThat(holder(roster, "h-1/c-1/PRIMARY")).isEqualTo("p-1");
    assertThat(holder(roster, "h-1/c-2/PRIMARY")).as("p-1 is on c-1 at the same time").isEqualTo("p-2");
    assertThat(holder(roster, "h-1/c-1/STUDENT")).isEqualTo("s-1");
    assertThat(holder(roster, "h-1/c-2/STUDENT")).as("the only student is on c-1").isNull();
    assertThat(holder(roster, "h-1/c-3/PRIMARY")).as("only p-2 runs HIPEC, and p-2 is on c-2 until 14:00").isNull();
    assertThat(holder(roster, "h-2/c-4/PRIMARY")).as("a sheet ignores the 40-minute drive after c-1")
        .isEqualTo("p-1");
    assertThat(holder(roster, "h-1/c-5/PRIMARY")).as("pinned").isEqualTo("p-1");
  }

  @Test
  void nobodyHoldsTwoSeatsAtOnceButTheSheetKnowsNothingOfRestOrTravel() {
    DepartmentRoster roster = GreedyRoster.fill(DepartmentGenerator.generate(DepartmentSize.XS, 1));

    Map<String, List<Seat>> byPerson = roster.getSeats().stream().filter(seat -> seat.getPerfusionist() != null)
        .collect(Collectors.groupingBy(seat -> seat.getPerfusionist().id()));
    byPerson.values().forEach(seats -> {
      for (Seat one : seats) {
        for (Seat other : seats) {
          assertThat(one == other || one.getEnd() <= other.getStart() || other.getEnd() <= one.getStart())
              .as("%s and %s overlap", one, other).isTrue();
        }
      }
    });
    assertThat(new RosterScoring().hardBreaches(roster)).as("XS seed 1 has a greedy breach").isNotEmpty();
  }
}
