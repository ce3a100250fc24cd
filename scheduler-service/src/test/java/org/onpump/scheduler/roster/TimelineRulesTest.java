package org.onpump.scheduler.roster;

import static org.onpump.scheduler.roster.Rosters.COUNTY;
import static org.onpump.scheduler.roster.Rosters.MONDAY;
import static org.onpump.scheduler.roster.Rosters.TUESDAY;
import static org.onpump.scheduler.roster.Rosters.at;
import static org.onpump.scheduler.roster.Rosters.boardEligible;
import static org.onpump.scheduler.roster.Rosters.ccp;
import static org.onpump.scheduler.roster.Rosters.empty;
import static org.onpump.scheduler.roster.Rosters.onCallNight;
import static org.onpump.scheduler.roster.Rosters.onCase;
import static org.onpump.scheduler.roster.Rosters.pinned;
import static org.onpump.scheduler.roster.Rosters.seat;
import static org.onpump.scheduler.roster.Rosters.shift;
import static org.onpump.scheduler.roster.Rosters.student;
import static org.onpump.scheduler.roster.Rosters.verify;
import static org.onpump.scheduler.roster.Rosters.withMoment;
import static org.onpump.scheduler.roster.SeatKind.ECMO;
import static org.onpump.scheduler.roster.SeatKind.FIRST_CALL;
import static org.onpump.scheduler.roster.SeatKind.PRIMARY;
import static org.onpump.scheduler.roster.SeatKind.SECOND;
import static org.onpump.scheduler.roster.SeatKind.SECOND_CALL;
import static org.onpump.scheduler.roster.SeatKind.STANDBY;
import static org.onpump.scheduler.roster.SeatKind.STUDENT;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.onpump.scheduler.staff.Perfusionist;

/**
 * The hard rules on a person's whole roster (one pump at a time, on call, rest) and on the department at a moment
 * (a student's CCP, N + 1). Penalties are minutes of breach, except N + 1 (perfusionists short of the spare one).
 */
class TimelineRulesTest {

  private static final LocalDate SATURDAY = LocalDate.of(2026, 11, 28);

  private final Perfusionist ana = ccp("ana").build();
  private final Perfusionist bo = boardEligible("bo").build();
  private final Perfusionist carl = ccp("carl").build();
  private final Perfusionist dan = ccp("dan").build();
  private final Perfusionist sam = student("sam").build();
  private final Perfusionist sue = student("sue").build();

  @Test
  void newCaseOverlappingARunningPinnedCaseCostsTheMinutesOnTwoPumps() {
    // running 08:00-12:00, new case 11:00-13:00 at the same hospital: 60
    verify(TimelineRules::onePumpAtATime)
        .given(pinned(onCase("running", PRIMARY, at(MONDAY, 8), 240), ana),
            seat(onCase("next", PRIMARY, at(MONDAY, 11), 120), ana))
        .penalizesBy(60);
  }

  @Test
  void casesAtTwoHospitalsTooCloseToDriveBetweenCostTheMissingTravelMinutes() {
    // General until 12:00, County from 12:30, a 45-minute drive: 12:00 + 45 - 12:30 = 15
    verify(TimelineRules::onePumpAtATime)
        .given(seat(onCase("c1", PRIMARY, at(MONDAY, 8), 240), ana),
            seat(onCase("c2", PRIMARY, at(MONDAY, 12, 30), 150).at(COUNTY), ana))
        .penalizesBy(15);
  }

  @Test
  void backToBackWorkWithTimeToDriveOrTwoPeopleOrTwoPinnedSeatsOrOnCallNeverClash() {
    verify(TimelineRules::onePumpAtATime)
        .given(seat(onCase("c1", PRIMARY, at(MONDAY, 8), 240), ana),
            seat(onCase("c2", PRIMARY, at(MONDAY, 12, 45), 135).at(COUNTY), ana),
            seat(onCase("c3", PRIMARY, at(MONDAY, 15, 45), 75), ana),
            seat(onCase("c1", SECOND, at(MONDAY, 8), 240), bo),
            pinned(onCase("c4", PRIMARY, at(MONDAY, 8), 240), carl),
            pinned(onCase("c5", PRIMARY, at(MONDAY, 11), 120), carl),
            seat(onCase("c6", PRIMARY, at(MONDAY, 16), 120), dan),
            seat(onCallNight(FIRST_CALL, MONDAY), dan))
        .penalizesBy(0);
  }

  @Test
  void onCallForTwoSlotsAtOnceCostsTheOverlappingMinutes() {
    // first call at General and second call at County, both 17:00-07:00: 840
    verify(TimelineRules::onCallTwiceAtOnce)
        .given(seat(onCallNight(FIRST_CALL, MONDAY), ana), seat(onCallNight(SECOND_CALL, MONDAY).at(COUNTY), ana))
        .penalizesBy(840);
  }

  @Test
  void consecutiveNightsOrTwoPeopleOrAPinnedPairAreNotOnCallTwice() {
    verify(TimelineRules::onCallTwiceAtOnce)
        .given(seat(onCallNight(FIRST_CALL, MONDAY), ana), seat(onCallNight(FIRST_CALL, TUESDAY), ana),
            seat(onCallNight(SECOND_CALL, MONDAY), bo),
            pinned(onCallNight(FIRST_CALL, MONDAY).at(COUNTY), carl),
            pinned(onCallNight(SECOND_CALL, MONDAY).at(COUNTY), carl))
        .penalizesBy(0);
  }

  @Test
  void workBeyondSixteenHoursWithoutEightHoursRestCostsTheMinutesBeyond() {
    // ana: 07:00-17:00 then 19:00-01:00, 2 h apart: 18 h - 16 h = 120
    // bo: two 12 h ECMO shifts back to back: 24 h - 16 h = 480
    verify(TimelineRules::rest)
        .given(seat(onCase("c1", PRIMARY, at(MONDAY, 7), 600), ana),
            seat(onCase("c2", PRIMARY, at(MONDAY, 19), 360), ana),
            seat(shift("ecmo-day", ECMO, at(MONDAY, 7), 720), bo),
            seat(shift("ecmo-night", ECMO, at(MONDAY, 19), 720), bo))
        .penalizesBy(600);
  }

  @Test
  void sixteenHoursOfWorkOrEightHoursOfRestOrAPinnedPairAreRested() {
    verify(TimelineRules::rest)
        .given(
            // 07:00-15:00 and 20:00-23:00: exactly 16 h from first start to last end
            seat(onCase("c1", PRIMARY, at(MONDAY, 7), 480), ana),
            seat(onCase("c2", PRIMARY, at(MONDAY, 20), 180), ana),
            // 07:00-19:00 and 03:00-09:00: exactly 8 h of rest between them
            seat(onCase("c3", PRIMARY, at(MONDAY, 7), 720), bo),
            seat(onCase("c4", PRIMARY, at(TUESDAY, 3), 360), bo),
            pinned(shift("ecmo-day", ECMO, at(MONDAY, 7), 720), carl),
            pinned(shift("ecmo-night", ECMO, at(MONDAY, 19), 720), carl))
        .penalizesBy(0);
  }

  @Test
  void caseInTheRestAfterANightOnFirstCallCostsTheMinutesInsideTheRest() {
    // a running (pinned) night on first call ends 07:00; rest until 15:00; case 08:00-12:00: 240
    verify(TimelineRules::restAfterFirstCall)
        .given(pinned(onCallNight(FIRST_CALL, MONDAY), ana),
            seat(onCase("c1", PRIMARY, at(TUESDAY, 8), 240), ana))
        .penalizesBy(240);
  }

  @Test
  void workAfterTheRestOrAfterSecondCallOrAfterADayCallOrAPinnedPairIsAllowed() {
    verify(TimelineRules::restAfterFirstCall)
        .given(seat(onCallNight(FIRST_CALL, MONDAY), ana), seat(onCase("c1", PRIMARY, at(TUESDAY, 15), 180), ana),
            seat(onCallNight(SECOND_CALL, MONDAY), bo), seat(onCase("c2", PRIMARY, at(TUESDAY, 8), 240), bo),
            seat(shift("day", FIRST_CALL, at(SATURDAY, 7), 600).weekend(), carl),
            seat(onCase("c3", PRIMARY, at(SATURDAY, 18), 120), carl),
            pinned(onCallNight(FIRST_CALL, MONDAY).at(COUNTY), dan),
            pinned(onCase("c4", PRIMARY, at(TUESDAY, 8), 240).at(COUNTY), dan))
        .penalizesBy(0);
  }

  @Test
  void studentIsNeverOnACaseWithoutACcp() {
    // sam's case has a board-eligible primary (240); sue's has nobody, the CCP is on another case (180): 420
    verify(TimelineRules::studentWithoutACcp)
        .given(seat(onCase("c1", STUDENT, at(MONDAY, 8), 240), sam),
            seat(onCase("c1", PRIMARY, at(MONDAY, 8), 240), bo),
            seat(onCase("c2", STUDENT, at(MONDAY, 8), 180), sue), empty(onCase("c2", PRIMARY, at(MONDAY, 8), 180)),
            seat(onCase("c3", PRIMARY, at(MONDAY, 8), 180), ana))
        .penalizesBy(420);
  }

  @Test
  void studentBesideACcpPrimaryOrSecondOrOnAPinnedSeatIsNotAlone() {
    verify(TimelineRules::studentWithoutACcp)
        .given(seat(onCase("c1", STUDENT, at(MONDAY, 8), 240), sam),
            seat(onCase("c1", PRIMARY, at(MONDAY, 8), 240), ana),
            seat(onCase("c2", STUDENT, at(MONDAY, 8), 240), sue),
            seat(onCase("c2", PRIMARY, at(MONDAY, 8), 240), bo),
            seat(onCase("c2", SECOND, at(MONDAY, 8), 240), carl),
            pinned(onCase("c3", STUDENT, at(TUESDAY, 8), 240), sam),
            pinned(onCase("c3", PRIMARY, at(TUESDAY, 8), 240), bo))
        .penalizesBy(0);
  }

  @Test
  void aPinnedStudentSeatStillNeedsACcpOnTheCaseWhileItsPrimaryCanChange() {
    // the student's seat is pinned but the primary is not: the solver must still put a CCP there; 240 min
    verify(TimelineRules::studentWithoutACcp)
        .given(pinned(onCase("c3", STUDENT, at(TUESDAY, 8), 240), sam),
            seat(onCase("c3", PRIMARY, at(TUESDAY, 8), 240), bo))
        .penalizesBy(240);
  }

  @Test
  void moreWorkAtOnceThanLeavesOnePerfusionistFreeCostsOnePerPersonShort() {
    // at 08:00 a case, an ECMO shift and a stand-by run (3); capacity 1; the student is no spare anyway: 3 - 1 = 2
    verify(TimelineRules::nPlusOne)
        .given(withMoment(at(MONDAY, 8), 1, seat(onCase("c1", PRIMARY, at(MONDAY, 8), 240), ana),
            seat(onCase("c1", STUDENT, at(MONDAY, 8), 240), sam), seat(shift("ecmo", ECMO, at(MONDAY, 7), 720), bo),
            seat(onCase("tavr", STANDBY, at(MONDAY, 8), 120), carl)))
        .penalizesBy(2);
  }

  @Test
  void workWithinTheCapacityLeavesTheSpareAndStudentsAndOnCallAreNotWorkThatOccupiesIt() {
    // capacity 2: the case and the ECMO shift; the student seat and a day on call cover 08:00 but do not count
    verify(TimelineRules::nPlusOne)
        .given(withMoment(at(MONDAY, 8), 2, seat(onCase("c1", PRIMARY, at(MONDAY, 8), 240), ana),
            seat(onCase("c1", STUDENT, at(MONDAY, 8), 240), sam), seat(shift("ecmo", ECMO, at(MONDAY, 7), 720), bo),
            seat(shift("day", FIRST_CALL, at(MONDAY, 7), 600), dan)))
        .penalizesBy(0);
  }

  @Test
  void pinnedWorkBeyondTheCapacityIsNotHeldAgainstTheRosterButWhatIsAddedToItIs() {
    // capacity 1, two pinned running cases: nothing can change that (0); a third, unpinned case: 3 - 2 = 1
    verify(TimelineRules::nPlusOne)
        .given(withMoment(at(MONDAY, 8), 1, pinned(onCase("c1", PRIMARY, at(MONDAY, 8), 240), ana),
            pinned(onCase("c2", PRIMARY, at(MONDAY, 7), 240), bo)))
        .penalizesBy(0);
    verify(TimelineRules::nPlusOne)
        .given(withMoment(at(MONDAY, 8), 1, pinned(onCase("c1", PRIMARY, at(MONDAY, 8), 240), ana),
            pinned(onCase("c2", PRIMARY, at(MONDAY, 7), 240), bo),
            seat(onCase("c3", PRIMARY, at(MONDAY, 8), 60), carl)))
        .penalizesBy(1);
  }
}
