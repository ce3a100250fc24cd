package org.onpump.scheduler.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onpump.scheduler.roster.Rosters.MONDAY;
import static org.onpump.scheduler.roster.Rosters.at;
import static org.onpump.scheduler.roster.Rosters.ccp;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.onpump.scheduler.staff.Perfusionist;
import org.optaplanner.core.api.solver.SolverFactory;

/** Seats a search moved for nothing go back to whom they were published to; needed moves stay. */
class NeedlessMovesTest {

  private final NeedlessMoves needlessMoves = new NeedlessMoves(SolverFactory.create(
      SolverConfiguration.liveConfig(new SolverProperties(Duration.ofSeconds(1), Duration.ofMillis(100)))));
  private final Perfusionist ana = ccp("ana").build();
  private final Perfusionist ben = ccp("ben").build();
  private final Perfusionist cy = ccp("cy").build();
  private final List<Perfusionist> staff = List.of(ana, ben, cy);

  @Test
  void aSeatMovedToSomeoneElseForNothingGoesBack() {
    Seat moved = seat("case-1", 8, ben, ana.id(), false);

    int undone = needlessMoves.undo(Rosters.roster(staff, List.of(), moved));

    assertThat(undone).isEqualTo(1);
    assertThat(moved.getPerfusionist()).isEqualTo(ana);
  }

  @Test
  void twoSeatsSwappedForNothingAreSwappedBack() {
    Seat first = seat("case-1", 8, ben, ana.id(), false);
    Seat second = seat("case-2", 8, ana, ben.id(), false);
    DepartmentRoster roster = Rosters.roster(staff, List.of(), first, second);

    needlessMoves.undo(roster);

    assertThat(first.getPerfusionist()).isEqualTo(ana);
    assertThat(second.getPerfusionist()).isEqualTo(ben);
    assertThat(roster.getScore().isFeasible()).isTrue();
  }

  @Test
  void aMoveThatKeepsTheRosterSafeStays() {
    // Ana now runs a pinned emergency at the same time: giving her case 1 back would put her on two pumps.
    Seat emergency = seat("emergency", 8, ana, null, true);
    Seat moved = seat("case-1", 8, ben, ana.id(), false);
    DepartmentRoster roster = Rosters.roster(staff, List.of(), emergency, moved);

    int undone = needlessMoves.undo(roster);

    assertThat(undone).isZero();
    assertThat(moved.getPerfusionist()).isEqualTo(ben);
    assertThat(roster.getScore().isFeasible()).isTrue();
  }

  private Seat seat(String caseId, int hour, Perfusionist holder, String publishedTo, boolean pinned) {
    return new Seat(Rosters.onCase(caseId, SeatKind.PRIMARY, at(MONDAY, hour), 120).build(), staff, holder,
        publishedTo, pinned);
  }
}
