package org.onpump.scheduler.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onpump.scheduler.roster.Rosters.MONDAY;
import static org.onpump.scheduler.roster.Rosters.TUESDAY;
import static org.onpump.scheduler.roster.Rosters.at;
import static org.onpump.scheduler.roster.Rosters.boardEligible;
import static org.onpump.scheduler.roster.Rosters.ccp;
import static org.onpump.scheduler.roster.Rosters.moment;
import static org.onpump.scheduler.roster.Rosters.onCase;
import static org.onpump.scheduler.roster.Rosters.pinned;
import static org.onpump.scheduler.roster.Rosters.roster;
import static org.onpump.scheduler.roster.Rosters.seat;
import static org.onpump.scheduler.roster.SeatKind.PRIMARY;
import static org.onpump.shared.event.Competency.TRANSPLANT;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.onpump.scheduler.staff.Perfusionist;
import org.optaplanner.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;

/** A roster that breaks hard rules is made safe by emptying the unpinned seats the broken rules name. */
class UnsafeSeatsTest {

  private final UnsafeSeats unsafeSeats = new UnsafeSeats(Rosters.solutionManager());
  private final Perfusionist ana = ccp("ana").build();
  private final Perfusionist bo = boardEligible("bo").build();
  private final Perfusionist carl = ccp("carl").build();
  private final Perfusionist dan = ccp("dan").build();
  private final Perfusionist eve = ccp("eve").build();

  @Test
  void seatsBreakingAHardRuleAreEmptiedPinnedSeatsAndSafeSeatsKept() {
    // carl's case is running (pinned, 08:00-12:00); his next one overlaps it
    Seat running = pinned(onCase("running", PRIMARY, at(MONDAY, 8), 240), carl);
    Seat overlapping = seat(onCase("next", PRIMARY, at(MONDAY, 11), 120), carl);
    // eve's and dan's cases started at 06:00 and 07:30; when carl's started, nobody was spare (capacity 2 at 08:00):
    // the one that started last goes
    Seat earliest = seat(onCase("earliest", PRIMARY, at(MONDAY, 6), 240), eve);
    Seat noSpare = seat(onCase("early", PRIMARY, at(MONDAY, 7, 30), 150), dan);
    // ana has no transplant competency; on a pinned seat it is what happens in the OR
    Seat incompetent = seat(onCase("tx", PRIMARY, at(TUESDAY, 8), 300).procedure("TRANSPLANT", TRANSPLANT), ana);
    Seat pinnedIncompetent = pinned(onCase("tx-2", PRIMARY, at(TUESDAY, 14), 300)
        .procedure("TRANSPLANT", TRANSPLANT), ana);
    Seat safe = seat(onCase("cabg", PRIMARY, at(TUESDAY, 8), 240), bo);
    Seat[] seats = {running, overlapping, earliest, noSpare, incompetent, pinnedIncompetent, safe};
    DepartmentRoster roster = roster(List.of(ana, bo, carl, dan, eve), List.of(moment(at(MONDAY, 8), 2, seats)),
        seats);

    int released = unsafeSeats.release(roster).seats();

    assertThat(roster.getScore()).as("three required seats now reported unfilled")
        .extracting(HardMediumSoftScore::hardScore, HardMediumSoftScore::mediumScore).containsExactly(0, -3);
    assertThat(released).isEqualTo(3);
    assertThat(List.of(overlapping, noSpare, incompetent)).extracting(Seat::getPerfusionist).containsOnlyNulls();
    assertThat(running.getPerfusionist()).isEqualTo(carl);
    assertThat(earliest.getPerfusionist()).isEqualTo(eve);
    assertThat(pinnedIncompetent.getPerfusionist()).isEqualTo(ana);
    assertThat(safe.getPerfusionist()).isEqualTo(bo);
  }

  @Test
  void safeRosterIsLeftAsItIs() {
    // capacity 1 at 08:00: the one case leaves a perfusionist free
    Seat safe = seat(onCase("cabg", PRIMARY, at(MONDAY, 8), 240), ana);
    DepartmentRoster roster = roster(List.of(ana), List.of(moment(at(MONDAY, 8), 1, safe)), safe);

    assertThat(unsafeSeats.release(roster).seats()).isZero();
    assertThat(safe.getPerfusionist()).isEqualTo(ana);
    // 240 contracted minutes worked, nothing else
    assertThat(roster.getScore()).isEqualTo(HardMediumSoftScore.of(0, 0, 240));
  }
}
