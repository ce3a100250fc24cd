package org.onpump.scheduler.roster;

import static org.onpump.scheduler.roster.Rosters.COUNTY;
import static org.onpump.scheduler.roster.Rosters.GENERAL;
import static org.onpump.scheduler.roster.Rosters.MONDAY;
import static org.onpump.scheduler.roster.Rosters.TUESDAY;
import static org.onpump.scheduler.roster.Rosters.at;
import static org.onpump.scheduler.roster.Rosters.boardEligible;
import static org.onpump.scheduler.roster.Rosters.ccp;
import static org.onpump.scheduler.roster.Rosters.onCallNight;
import static org.onpump.scheduler.roster.Rosters.onCase;
import static org.onpump.scheduler.roster.Rosters.published;
import static org.onpump.scheduler.roster.Rosters.seat;
import static org.onpump.scheduler.roster.Rosters.shift;
import static org.onpump.scheduler.roster.Rosters.verify;
import static org.onpump.scheduler.roster.SeatKind.ECMO;
import static org.onpump.scheduler.roster.SeatKind.FIRST_CALL;
import static org.onpump.scheduler.roster.SeatKind.PRIMARY;
import static org.onpump.scheduler.roster.SeatKind.SECOND;

import java.time.DayOfWeek;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.onpump.scheduler.staff.Perfusionist;

/**
 * The soft goals of preferences (one unit per unwanted seat), contract hours (minutes per week), a CCP on complex
 * cases and stability of what was published (one unit per seat).
 */
class PreferenceGoalsTest {

  private static final int CONTRACT = 600;

  private final Perfusionist ana = ccp("ana").build();
  private final Perfusionist bo = boardEligible("bo").build();

  @Test
  void seatOnADayTheHolderAskedToKeepFreeCostsOneEach() {
    // Monday off asked: the Monday case and the night starting Monday, not the Tuesday case: 2
    Perfusionist mondayOff = ccp("monday-off").prefers(Set.of(DayOfWeek.MONDAY), false, Set.of()).build();
    verify(Goals::preferredDayOff)
        .given(seat(onCase("c1", PRIMARY, at(MONDAY, 8), 240), mondayOff),
            seat(onCallNight(FIRST_CALL, MONDAY), mondayOff),
            seat(onCase("c2", PRIMARY, at(TUESDAY, 8), 240), mondayOff))
        .penalizesBy(2);
  }

  @Test
  void seatOnAnotherDayOrForSomeoneWithoutThePreferenceIsNotAgainstIt() {
    Perfusionist mondayOff = ccp("monday-off").prefers(Set.of(DayOfWeek.MONDAY), false, Set.of()).build();
    verify(Goals::preferredDayOff)
        .given(seat(onCase("c1", PRIMARY, at(TUESDAY, 8), 240), mondayOff),
            seat(onCase("c2", PRIMARY, at(MONDAY, 8), 240), ana))
        .penalizesBy(0);
  }

  @Test
  void nightsForSomeoneWhoAskedForNoneCostOneEach() {
    // a night on call and a night ECMO shift, not the day case: 2
    Perfusionist noNights = ccp("no-nights").prefers(Set.of(), true, Set.of()).build();
    verify(Goals::nightsAvoided)
        .given(seat(onCallNight(FIRST_CALL, MONDAY), noNights),
            seat(shift("ecmo", ECMO, at(TUESDAY, 19), 720).night(), noNights),
            seat(onCase("c1", PRIMARY, at(MONDAY, 8), 240), noNights))
        .penalizesBy(2);
  }

  @Test
  void nightsForSomeoneWithoutThePreferenceOrDaysForSomeoneWithItAreFine() {
    Perfusionist noNights = ccp("no-nights").prefers(Set.of(), true, Set.of()).build();
    verify(Goals::nightsAvoided)
        .given(seat(onCallNight(FIRST_CALL, MONDAY), ana), seat(onCase("c1", PRIMARY, at(MONDAY, 8), 240), noNights))
        .penalizesBy(0);
  }

  @Test
  void seatOutsideTheHospitalsSomeonePrefersCostsOne() {
    // prefers General: the County case costs 1, the General case nothing
    Perfusionist generalFan = ccp("general-fan").prefers(Set.of(), false, Set.of(GENERAL.id())).build();
    verify(Goals::preferredHospitals)
        .given(seat(onCase("c1", PRIMARY, at(MONDAY, 8), 240).at(COUNTY), generalFan),
            seat(onCase("c2", PRIMARY, at(TUESDAY, 8), 240), generalFan))
        .penalizesBy(1);
  }

  @Test
  void anyHospitalSuitsSomeoneWhoNamedNone() {
    verify(Goals::preferredHospitals)
        .given(seat(onCase("c1", PRIMARY, at(MONDAY, 8), 240).at(COUNTY), ana))
        .penalizesBy(0);
  }

  @Test
  void workBeyondTheContractedWeekCostsItsMinutes() {
    // contract 600 min/week; week 1: 480 + 480 = 960 (360 over); week 2: 480; the night on call is no work: 360
    Perfusionist partTime = ccp("part-time").contractMinutesPerWeek(CONTRACT).build();
    verify(Goals::overContractHours)
        .given(seat(onCase("c1", PRIMARY, at(MONDAY, 7), 480), partTime),
            seat(onCase("c2", PRIMARY, at(TUESDAY, 7), 480), partTime),
            seat(onCase("c3", PRIMARY, at(MONDAY.plusWeeks(1), 7), 480), partTime),
            seat(onCallNight(FIRST_CALL, MONDAY.plusDays(2)), partTime))
        .penalizesBy(360);
  }

  @Test
  void exactlyTheContractedWeekIsNotOver() {
    // 360 + 240 = 600, plus a night on call that is not work
    Perfusionist partTime = ccp("part-time").contractMinutesPerWeek(CONTRACT).build();
    verify(Goals::overContractHours)
        .given(seat(onCase("c1", PRIMARY, at(MONDAY, 7), 360), partTime),
            seat(onCase("c2", SECOND, at(TUESDAY, 7), 240), partTime),
            seat(onCallNight(FIRST_CALL, MONDAY), partTime))
        .penalizesBy(0);
  }

  @Test
  void workIsRewardedByTheMinuteUpToTheContractedWeek() {
    // contract 600: week 1 has 960 (600 count), week 2 has 480: 1080
    Perfusionist partTime = ccp("part-time").contractMinutesPerWeek(CONTRACT).build();
    verify(Goals::contractHoursFilled)
        .given(seat(onCase("c1", PRIMARY, at(MONDAY, 7), 480), partTime),
            seat(onCase("c2", PRIMARY, at(TUESDAY, 7), 480), partTime),
            seat(onCase("c3", PRIMARY, at(MONDAY.plusWeeks(1), 7), 480), partTime))
        .rewardsWith(1080);
  }

  @Test
  void onCallAloneFillsNoContractHours() {
    verify(Goals::contractHoursFilled).given(seat(onCallNight(FIRST_CALL, MONDAY), ana)).rewardsWith(0);
  }

  @Test
  void boardEligiblePrimaryOnAComplexCaseCostsOne() {
    verify(Goals::ccpForComplexCases)
        .given(seat(onCase("redo", PRIMARY, at(MONDAY, 8), 300).procedure("REDO", null).complex(), bo))
        .penalizesBy(1);
  }

  @Test
  void ccpPrimaryOrBoardEligibleSecondOnAComplexCaseOrBoardEligibleOnARoutineCaseIsPreferred() {
    verify(Goals::ccpForComplexCases)
        .given(seat(onCase("redo", PRIMARY, at(MONDAY, 8), 300).complex(), ana),
            seat(onCase("redo", SECOND, at(MONDAY, 8), 300).complex(), bo),
            seat(onCase("cabg", PRIMARY, at(TUESDAY, 8), 240), bo))
        .penalizesBy(0);
  }

  @Test
  void publishedSeatGivenToSomeoneElseOrToNobodyCostsOneEach() {
    verify(Goals::stability)
        .given(published(onCase("c1", PRIMARY, at(MONDAY, 8), 240), bo, "ana"),
            published(onCase("c2", PRIMARY, at(TUESDAY, 8), 240), null, "ana"))
        .penalizesBy(2);
  }

  @Test
  void seatKeptByItsPublishedHolderOrNeverPublishedIsStable() {
    verify(Goals::stability)
        .given(published(onCase("c1", PRIMARY, at(MONDAY, 8), 240), ana, "ana"),
            published(onCase("c2", PRIMARY, at(TUESDAY, 8), 240), bo, null))
        .penalizesBy(0);
  }
}
