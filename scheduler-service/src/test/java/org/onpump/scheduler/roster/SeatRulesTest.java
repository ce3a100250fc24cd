package org.onpump.scheduler.roster;

import static org.onpump.scheduler.roster.Rosters.COUNTY;
import static org.onpump.scheduler.roster.Rosters.GENERAL;
import static org.onpump.scheduler.roster.Rosters.MONDAY;
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
import static org.onpump.scheduler.roster.SeatKind.ECMO;
import static org.onpump.scheduler.roster.SeatKind.FIRST_CALL;
import static org.onpump.scheduler.roster.SeatKind.PRIMARY;
import static org.onpump.scheduler.roster.SeatKind.SECOND;
import static org.onpump.scheduler.roster.SeatKind.SECOND_CALL;
import static org.onpump.scheduler.roster.SeatKind.STANDBY;
import static org.onpump.scheduler.roster.SeatKind.STUDENT;
import static org.onpump.shared.event.Competency.ADULT_CPB;
import static org.onpump.shared.event.Competency.ECMO_ADULT;
import static org.onpump.shared.event.Competency.TRANSPLANT;

import org.junit.jupiter.api.Test;
import org.onpump.scheduler.staff.Credential;
import org.onpump.scheduler.staff.Perfusionist;
import org.onpump.scheduler.staff.TimeOff;

/**
 * The hard rules one seat and its holder decide alone (penalised by the seat's minutes, never on a pinned seat),
 * and the medium rule that every required seat is filled.
 */
class SeatRulesTest {

  private final int nine = at(MONDAY, 9);
  private final Perfusionist ana = ccp("ana").build();
  private final Perfusionist bo = boardEligible("bo").build();
  private final Perfusionist sam = student("sam").build();

  @Test
  void holderWithoutTheCompetencyCostsTheCaseMinutes() {
    // a 240-minute transplant held by an adult-CPB-only CCP: 240
    verify(SeatRules::competency)
        .given(seat(onCase("tx", PRIMARY, nine, 240).procedure("TRANSPLANT", TRANSPLANT), ana))
        .penalizesBy(240);
  }

  @Test
  void competentHolderOrAPinnedSeatIsNeverPenalisedForCompetency() {
    Perfusionist chloe = ccp("chloe").competencies(TRANSPLANT).build();
    verify(SeatRules::competency)
        .given(seat(onCase("tx", PRIMARY, nine, 240).procedure("TRANSPLANT", TRANSPLANT), chloe),
            pinned(onCase("running", PRIMARY, nine, 240).procedure("TRANSPLANT", TRANSPLANT), ana))
        .penalizesBy(0);
  }

  @Test
  void holderWithoutPrivilegesAtTheHospitalCostsTheCaseMinutes() {
    // a 180-minute case at County held by someone privileged at General only: 180
    Perfusionist gina = generalOnly("gina");
    verify(SeatRules::privileges).given(seat(onCase("c1", PRIMARY, nine, 180).at(COUNTY), gina)).penalizesBy(180);
  }

  @Test
  void privilegedHolderOrAPinnedSeatIsNeverPenalisedForPrivileges() {
    verify(SeatRules::privileges)
        .given(seat(onCase("c1", PRIMARY, nine, 180).at(COUNTY), ana),
            pinned(onCase("running", PRIMARY, nine, 180).at(COUNTY), generalOnly("gina")))
        .penalizesBy(0);
  }

  @Test
  void unlicensedHolderInAStateThatRequiresALicenceCostsTheCaseMinutes() {
    // a 300-minute case at County (NY licence required) held by someone privileged there but not licensed: 300
    Perfusionist ivan = unlicensed("ivan");
    verify(SeatRules::licence).given(seat(onCase("c1", PRIMARY, nine, 300).at(COUNTY), ivan)).penalizesBy(300);
  }

  @Test
  void licenceMattersOnlyWhereTheStateRequiresOneAndNeverOnAPinnedSeat() {
    Perfusionist ivan = unlicensed("ivan");
    verify(SeatRules::licence)
        .given(seat(onCase("c1", PRIMARY, nine, 300).at(GENERAL), ivan),
            seat(onCase("c2", PRIMARY, nine, 300).at(COUNTY), ana),
            pinned(onCase("running", PRIMARY, nine, 300).at(COUNTY), ivan))
        .penalizesBy(0);
  }

  @Test
  void expiredCertificationOrPassedBoardEligibleDeadlineCostsTheCaseMinutes() {
    // both lapsed on Sunday; Monday cases of 240 and 120 minutes: 240 + 120
    Perfusionist lapsed = Perfusionist.builder("lapsed", Credential.ccp(MONDAY.minusDays(1))).build();
    Perfusionist late = Perfusionist.builder("late", Credential.boardEligible(MONDAY.minusDays(1))).build();
    verify(SeatRules::certification)
        .given(seat(onCase("c1", PRIMARY, nine, 240), lapsed), seat(onCase("c2", PRIMARY, nine, 120), late))
        .penalizesBy(360);
  }

  @Test
  void certificationValidThroughItsLastDayAndPinnedSeatsAreNotPenalised() {
    Perfusionist lastDay = Perfusionist.builder("last-day", Credential.ccp(MONDAY)).build();
    Perfusionist lapsed = Perfusionist.builder("lapsed", Credential.ccp(MONDAY.minusDays(1))).build();
    verify(SeatRules::certification)
        .given(seat(onCase("c1", PRIMARY, nine, 240), lastDay), seat(onCase("c2", STUDENT, nine, 240), sam),
            pinned(onCase("running", PRIMARY, nine, 240), lapsed))
        .penalizesBy(0);
  }

  @Test
  void studentInAGraduateSeatOrGraduateInAStudentSeatCostsTheSeatMinutes() {
    // a student as primary (240) and a CCP in the student seat (240): 480
    verify(SeatRules::credential)
        .given(seat(onCase("c1", PRIMARY, nine, 240), sam), seat(onCase("c2", STUDENT, nine, 240), ana))
        .penalizesBy(480);
  }

  @Test
  void studentInTheStudentSeatAndGraduatesElsewhereOrAPinnedSeatAreNotPenalisedForCredential() {
    verify(SeatRules::credential)
        .given(seat(onCase("c1", STUDENT, nine, 240), sam), seat(onCase("c1", PRIMARY, nine, 240), bo),
            seat(onCase("c1", SECOND, nine, 240), ana), pinned(onCase("running", PRIMARY, nine, 240), sam))
        .penalizesBy(0);
  }

  @Test
  void boardEligiblePrimaryOnACaseTypeThePolicyReservesCostsTheCaseMinutes() {
    // a 360-minute transplant (board-eligible may not lead) with a board-eligible primary: 360
    verify(SeatRules::boardEligiblePrimary)
        .given(seat(onCase("tx", PRIMARY, nine, 360).procedure("TRANSPLANT", TRANSPLANT).boardEligibleMayNotLead(), bo))
        .penalizesBy(360);
  }

  @Test
  void boardEligibleMaySecondAReservedCaseOrLeadAnyOtherAndAPinnedSeatIsNotPenalised() {
    verify(SeatRules::boardEligiblePrimary)
        .given(seat(onCase("tx", SECOND, nine, 360).procedure("TRANSPLANT", TRANSPLANT).boardEligibleMayNotLead(), bo),
            seat(onCase("tx", PRIMARY, nine, 360).procedure("TRANSPLANT", TRANSPLANT).boardEligibleMayNotLead(), ana),
            seat(onCase("cabg", PRIMARY, nine, 240), bo),
            pinned(onCase("running", PRIMARY, nine, 360).procedure("TRANSPLANT", TRANSPLANT)
                .boardEligibleMayNotLead(), bo))
        .penalizesBy(0);
  }

  @Test
  void firstCallLivingBeyondTheResponseTimeCostsTheNight() {
    // 45 min from General, response time 30; the night is 17:00 to 07:00: 840
    Perfusionist far = ccp("far").worksAt(GENERAL.id(), 45).build();
    verify(SeatRules::firstCallResponse).given(seat(onCallNight(FIRST_CALL, MONDAY), far)).penalizesBy(840);
  }

  @Test
  void firstCallExactlyAtTheResponseTimeOrAFarSecondCallOrAPinnedCallIsNotPenalised() {
    Perfusionist edge = ccp("edge").worksAt(GENERAL.id(), 30).build();
    Perfusionist far = ccp("far").worksAt(GENERAL.id(), 45).build();
    verify(SeatRules::firstCallResponse)
        .given(seat(onCallNight(FIRST_CALL, MONDAY), edge), seat(onCallNight(SECOND_CALL, MONDAY), far),
            pinned(onCallNight(FIRST_CALL, MONDAY.plusDays(1)), far))
        .penalizesBy(0);
  }

  @Test
  void caseOverlappingTheHoldersTimeOffCostsTheCaseMinutes() {
    // off 08:00-10:00, case 09:00-13:00: the whole case, 240
    Perfusionist away = ccp("away").timeOff(off(at(MONDAY, 8), at(MONDAY, 10))).build();
    verify(SeatRules::timeOff).given(seat(onCase("c1", PRIMARY, nine, 240), away)).penalizesBy(240);
  }

  @Test
  void timeOffEndingAsTheCaseStartsOrAPinnedSeatIsNotPenalised() {
    Perfusionist back = ccp("back").timeOff(off(at(MONDAY, 0), nine)).build();
    Perfusionist away = ccp("away").timeOff(off(at(MONDAY, 8), at(MONDAY, 10))).build();
    verify(SeatRules::timeOff)
        .given(seat(onCase("c1", PRIMARY, nine, 240), back), pinned(onCase("running", PRIMARY, nine, 240), away))
        .penalizesBy(0);
  }

  @Test
  void everyEmptyRequiredSeatCountsOneMedium() {
    // an empty primary, second, stand-by, ECMO shift, first and second call: 6
    verify(SeatRules::requiredSeatUnfilled)
        .given(empty(onCase("c1", PRIMARY, nine, 240)), empty(onCase("c1", SECOND, nine, 240)),
            empty(onCase("tavr", STANDBY, nine, 120)), empty(shift("ecmo-1", ECMO, nine, 720).competency(ECMO_ADULT)),
            empty(onCallNight(FIRST_CALL, MONDAY)), empty(onCallNight(SECOND_CALL, MONDAY)))
        .penalizesBy(6);
  }

  @Test
  void emptyStudentSeatOrFilledSeatIsNotUnfilled() {
    verify(SeatRules::requiredSeatUnfilled)
        .given(seat(onCase("c1", PRIMARY, nine, 240), ana), empty(onCase("c1", STUDENT, nine, 240)))
        .penalizesBy(0);
  }

  private static Perfusionist generalOnly(String id) {
    return Perfusionist.builder(id, Credential.ccp(Rosters.CERTIFIED_UNTIL)).competencies(ADULT_CPB)
        .worksAt(GENERAL.id(), 20).licensedIn(COUNTY.state()).build();
  }

  private static Perfusionist unlicensed(String id) {
    return Perfusionist.builder(id, Credential.ccp(Rosters.CERTIFIED_UNTIL)).competencies(ADULT_CPB)
        .worksAt(GENERAL.id(), 20).worksAt(COUNTY.id(), 20).build();
  }

  private static TimeOff off(int from, int to) {
    return new TimeOff(Minutes.toInstant(from), Minutes.toInstant(to));
  }
}
