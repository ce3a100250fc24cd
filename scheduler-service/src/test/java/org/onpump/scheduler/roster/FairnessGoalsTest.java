package org.onpump.scheduler.roster;

import static org.onpump.scheduler.roster.Rosters.MONDAY;
import static org.onpump.scheduler.roster.Rosters.TUESDAY;
import static org.onpump.scheduler.roster.Rosters.at;
import static org.onpump.scheduler.roster.Rosters.boardEligible;
import static org.onpump.scheduler.roster.Rosters.ccp;
import static org.onpump.scheduler.roster.Rosters.onCallNight;
import static org.onpump.scheduler.roster.Rosters.onCase;
import static org.onpump.scheduler.roster.Rosters.seat;
import static org.onpump.scheduler.roster.Rosters.shift;
import static org.onpump.scheduler.roster.Rosters.student;
import static org.onpump.scheduler.roster.Rosters.verify;
import static org.onpump.scheduler.roster.SeatKind.ECMO;
import static org.onpump.scheduler.roster.SeatKind.FIRST_CALL;
import static org.onpump.scheduler.roster.SeatKind.PRIMARY;
import static org.onpump.scheduler.roster.SeatKind.SECOND;
import static org.onpump.scheduler.roster.SeatKind.SECOND_CALL;
import static org.onpump.scheduler.roster.SeatKind.STANDBY;
import static org.onpump.scheduler.roster.SeatKind.STUDENT;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.onpump.scheduler.roster.ActivityTarget.ActivityKind;
import org.onpump.scheduler.staff.Perfusionist;
import org.onpump.scheduler.staff.YearToDate;

/**
 * The soft goals of fairness and of case counts: a fair share of nights, weekends and holidays over the year (a
 * person with n this period and y before costs n(n + 2y)), and activities toward each person's target this period.
 */
class FairnessGoalsTest {

  private static final LocalDate SATURDAY = LocalDate.of(2026, 11, 28);
  private static final LocalDate SUNDAY = SATURDAY.plusDays(1);
  private static final LocalDate THANKSGIVING = LocalDate.of(2026, 11, 26);

  private final Perfusionist ana = ccp("ana").yearToDate(new YearToDate(0, 0, 3, 1, 2, 0, 0, 0)).build();
  private final Perfusionist bo = boardEligible("bo").build();
  private final Perfusionist sam = student("sam").build();

  @Test
  void nightsCostMoreTheMoreSomeoneHasHadThisYear() {
    // ana: 2 nights, 3 before: 2 * (2 + 6) = 16; bo: one night ECMO shift, none before: 1 * 1 = 1
    verify(Goals::fairNights)
        .given(seat(onCallNight(FIRST_CALL, MONDAY), ana), seat(onCallNight(SECOND_CALL, TUESDAY), ana),
            seat(shift("ecmo", ECMO, at(MONDAY, 19), 720).night(), bo))
        .penalizesBy(17);
  }

  @Test
  void workByDayIsNoShareOfNights() {
    verify(Goals::fairNights)
        .given(seat(onCase("c1", PRIMARY, at(MONDAY, 8), 240), ana),
            seat(shift("day", FIRST_CALL, at(SATURDAY, 7), 600).weekend(), ana))
        .penalizesBy(0);
  }

  @Test
  void weekendsCostMoreTheMoreSomeoneHasHadThisYear() {
    // ana: Saturday day and Sunday night, 1 before: 2 * (2 + 2) = 8; bo: a Sunday ECMO shift: 1
    verify(Goals::fairWeekends)
        .given(seat(shift("day", FIRST_CALL, at(SATURDAY, 7), 600).weekend(), ana),
            seat(onCallNight(FIRST_CALL, SUNDAY).weekend(), ana),
            seat(shift("ecmo", ECMO, at(SUNDAY, 7), 720).weekend(), bo))
        .penalizesBy(9);
  }

  @Test
  void weekdayNightsAreNoShareOfWeekends() {
    verify(Goals::fairWeekends).given(seat(onCallNight(FIRST_CALL, MONDAY), ana)).penalizesBy(0);
  }

  @Test
  void holidaysCostMoreTheMoreSomeoneHasHadThisYear() {
    // ana: Thanksgiving night, 2 before: 1 * (1 + 4) = 5
    verify(Goals::fairHolidays).given(seat(onCallNight(FIRST_CALL, THANKSGIVING).holiday(), ana)).penalizesBy(5);
  }

  @Test
  void weekendsAndNightsAreNoShareOfHolidays() {
    verify(Goals::fairHolidays)
        .given(seat(onCallNight(FIRST_CALL, SUNDAY).weekend(), ana), seat(onCallNight(FIRST_CALL, MONDAY), bo))
        .penalizesBy(0);
  }

  @Test
  void ccpClinicalActivitiesAreRewardedUpToWhatIsStillNeeded() {
    // primary + 2 seconds = 3 clinical activities (stand-by is none), 2 needed: 2; the primary target is another goal
    target(ActivityKind.CLINICAL, "CCP clinical activities on pace for the year")
        .given(new ActivityTarget(ana, ActivityKind.CLINICAL, 2), new ActivityTarget(ana, ActivityKind.PRIMARY, 10),
            seat(onCase("c1", PRIMARY, at(MONDAY, 8), 240), ana), seat(onCase("c2", SECOND, at(TUESDAY, 8), 240), ana),
            seat(onCase("c3", SECOND, at(TUESDAY, 14), 120), ana),
            seat(onCase("c4", STANDBY, at(MONDAY, 14), 120), ana))
        .rewardsWith(2);
  }

  @Test
  void clinicalActivitiesOfSomeoneWithoutATargetOrStandbyAndOnCallEarnNothing() {
    target(ActivityKind.CLINICAL, "CCP clinical activities on pace for the year")
        .given(new ActivityTarget(ana, ActivityKind.CLINICAL, 2), seat(onCase("c1", PRIMARY, at(MONDAY, 8), 240), bo),
            seat(onCase("c2", STANDBY, at(MONDAY, 8), 120), ana), seat(onCallNight(FIRST_CALL, MONDAY), ana))
        .rewardsWith(0);
  }

  @Test
  void ccpPrimaryActivitiesAreRewardedButNotSecondOnes() {
    // two primaries and a second, 5 primaries needed: 2
    target(ActivityKind.PRIMARY, "CCP primary activities on pace for the year")
        .given(new ActivityTarget(ana, ActivityKind.PRIMARY, 5), new ActivityTarget(ana, ActivityKind.CLINICAL, 40),
            seat(onCase("c1", PRIMARY, at(MONDAY, 8), 240), ana), seat(onCase("c2", PRIMARY, at(TUESDAY, 8), 240), ana),
            seat(onCase("c3", SECOND, at(TUESDAY, 14), 120), ana))
        .rewardsWith(2);
  }

  @Test
  void secondAndStandbySeatsAreNoPrimaryActivities() {
    target(ActivityKind.PRIMARY, "CCP primary activities on pace for the year")
        .given(new ActivityTarget(ana, ActivityKind.PRIMARY, 5), seat(onCase("c1", SECOND, at(MONDAY, 8), 240), ana),
            seat(onCase("c2", STANDBY, at(TUESDAY, 8), 120), ana))
        .rewardsWith(0);
  }

  @Test
  void studentCasesAreRewardedTowardTheBoardExam() {
    // three student seats (one paediatric), 10 needed: 3
    target(ActivityKind.STUDENT_CASE, "Student cases toward the board exam")
        .given(new ActivityTarget(sam, ActivityKind.STUDENT_CASE, 10),
            new ActivityTarget(sam, ActivityKind.STUDENT_PAEDIATRIC, 10),
            seat(onCase("c1", STUDENT, at(MONDAY, 8), 240), sam), seat(onCase("c2", STUDENT, at(TUESDAY, 8), 240), sam),
            seat(onCase("c3", STUDENT, at(TUESDAY, 14), 120).paediatric(), sam))
        .rewardsWith(3);
  }

  @Test
  void studentWhoHasAllTheirCasesEarnsNothingMore() {
    target(ActivityKind.STUDENT_CASE, "Student cases toward the board exam")
        .given(new ActivityTarget(sam, ActivityKind.STUDENT_PAEDIATRIC, 10),
            seat(onCase("c1", STUDENT, at(MONDAY, 8), 240), sam))
        .rewardsWith(0);
  }

  @Test
  void studentPaediatricCasesAreRewardedUpToWhatIsStillNeeded() {
    // two paediatric student seats and an adult one, 1 paediatric needed: 1
    target(ActivityKind.STUDENT_PAEDIATRIC, "Student paediatric cases toward the board exam")
        .given(new ActivityTarget(sam, ActivityKind.STUDENT_PAEDIATRIC, 1),
            seat(onCase("c1", STUDENT, at(MONDAY, 8), 240).paediatric(), sam),
            seat(onCase("c2", STUDENT, at(TUESDAY, 8), 240).paediatric(), sam),
            seat(onCase("c3", STUDENT, at(TUESDAY, 14), 120), sam))
        .rewardsWith(1);
  }

  @Test
  void adultStudentCasesAreNoPaediatricCases() {
    target(ActivityKind.STUDENT_PAEDIATRIC, "Student paediatric cases toward the board exam")
        .given(new ActivityTarget(sam, ActivityKind.STUDENT_PAEDIATRIC, 10),
            seat(onCase("c1", STUDENT, at(MONDAY, 8), 240), sam))
        .rewardsWith(0);
  }

  @Test
  void boardEligibleIndependentCasesAreTheCasesTheyRunAsPrimary() {
    // two primaries and a second, 40 needed: 2
    target(ActivityKind.INDEPENDENT, "Board-eligible independent cases toward the exam")
        .given(new ActivityTarget(bo, ActivityKind.INDEPENDENT, 40),
            seat(onCase("c1", PRIMARY, at(MONDAY, 8), 240), bo), seat(onCase("c2", PRIMARY, at(TUESDAY, 8), 240), bo),
            seat(onCase("c3", SECOND, at(TUESDAY, 14), 120), bo))
        .rewardsWith(2);
  }

  @Test
  void boardEligibleSecondIsNoIndependentCase() {
    target(ActivityKind.INDEPENDENT, "Board-eligible independent cases toward the exam")
        .given(new ActivityTarget(bo, ActivityKind.INDEPENDENT, 40),
            seat(onCase("c1", SECOND, at(MONDAY, 8), 240), bo))
        .rewardsWith(0);
  }

  private static Rosters.Given target(ActivityKind kind, String name) {
    return verify(factory -> Goals.towardTarget(factory, kind, name));
  }
}
