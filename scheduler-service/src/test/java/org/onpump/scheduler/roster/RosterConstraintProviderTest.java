package org.onpump.scheduler.roster;

import static org.onpump.shared.event.Competency.ADULT_CPB;
import static org.onpump.shared.event.Competency.TRANSPLANT;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.onpump.scheduler.cases.CaseKey;
import org.onpump.scheduler.staff.CredentialLevel;
import org.onpump.scheduler.staff.Perfusionist;
import org.onpump.shared.event.Competency;
import org.optaplanner.core.api.score.stream.ConstraintStreamImplType;
import org.optaplanner.test.api.score.stream.ConstraintVerifier;

class RosterConstraintProviderTest {

  private static final Instant NINE = Instant.parse("2026-11-23T14:00:00Z");

  private final ConstraintVerifier<RosterConstraintProvider, DepartmentRoster> verifier = ConstraintVerifier
      .build(new RosterConstraintProvider(), DepartmentRoster.class, CaseSeat.class)
      .withConstraintStreamImplType(ConstraintStreamImplType.BAVET);

  private final Perfusionist ana = person("p-01", CredentialLevel.CCP, ADULT_CPB);
  private final Perfusionist jonas = person("p-10", CredentialLevel.BOARD_ELIGIBLE, ADULT_CPB);
  private final Perfusionist kara = person("p-11", CredentialLevel.STUDENT, ADULT_CPB);

  // Hard

  @Test
  void perfusionistWithoutTheCompetencyCostsTheCaseMinutes() {
    verifier.verifyThat(RosterConstraintProvider::perfusionistWithoutTheCompetency)
        .given(seat("transplant", TRANSPLANT, NINE, 240, ana))
        .penalizesBy(240);
  }

  @Test
  void competentPerfusionistOrStartedCaseIsNotPenalisedForCompetency() {
    verifier.verifyThat(RosterConstraintProvider::perfusionistWithoutTheCompetency)
        .given(seat("cabg", ADULT_CPB, NINE, 240, ana), pinned(seat("running", TRANSPLANT, NINE, 240, jonas)))
        .penalizesBy(0);
  }

  @Test
  void perfusionistOnTwoPumpsAtOnceCostsTheOverlapMinutes() {
    verifier.verifyThat(RosterConstraintProvider::perfusionistOnTwoPumpsAtOnce)
        .given(seat("morning", ADULT_CPB, NINE, 240, ana), seat("noon", ADULT_CPB, NINE.plus(hours(3)), 120, ana))
        .penalizesBy(60);
  }

  @Test
  void anOverlapOfSecondsStillCostsAMinute() {
    Instant startedLate = NINE.plusSeconds(40);
    verifier.verifyThat(RosterConstraintProvider::perfusionistOnTwoPumpsAtOnce)
        .given(seat("started-late", ADULT_CPB, startedLate, 240, ana),
            seat("next", ADULT_CPB, NINE.plus(hours(4)), 120, ana))
        .penalizesBy(1);
  }

  @Test
  void backToBackCasesOrTwoPeopleAtOnceAreNotAnOverlap() {
    verifier.verifyThat(RosterConstraintProvider::perfusionistOnTwoPumpsAtOnce)
        .given(seat("morning", ADULT_CPB, NINE, 240, ana), seat("afternoon", ADULT_CPB, NINE.plus(hours(4)), 120, ana),
            seat("parallel", ADULT_CPB, NINE, 240, jonas))
        .penalizesBy(0);
  }

  @Test
  void studentAsPrimaryCostsTheCaseMinutes() {
    verifier.verifyThat(RosterConstraintProvider::studentAsPrimaryPerfusionist)
        .given(seat("cabg", ADULT_CPB, NINE, 180, kara))
        .penalizesBy(180);
  }

  @Test
  void boardEligiblePrimaryIsNotAStudentViolation() {
    verifier.verifyThat(RosterConstraintProvider::studentAsPrimaryPerfusionist)
        .given(seat("cabg", ADULT_CPB, NINE, 180, jonas))
        .penalizesBy(0);
  }

  // Medium

  @Test
  void caseWithoutAPerfusionistCostsItsMinutes() {
    verifier.verifyThat(RosterConstraintProvider::caseWithoutAPerfusionist)
        .given(seat("unfilled", ADULT_CPB, NINE, 300, null), seat("filled", ADULT_CPB, NINE, 200, ana))
        .penalizesBy(300);
  }

  @Test
  void filledCaseIsNotPenalisedAsUnfilled() {
    verifier.verifyThat(RosterConstraintProvider::caseWithoutAPerfusionist)
        .given(seat("filled", ADULT_CPB, NINE, 200, ana))
        .penalizesBy(0);
  }

  // Soft

  @Test
  void movingAnAnnouncedCaseToSomeoneElseCostsAThousand() {
    CaseSeat moved = new CaseSeat(key("cabg"), ADULT_CPB, NINE, NINE.plus(hours(4)), "p-01", false);
    moved.setPerfusionist(jonas);
    verifier.verifyThat(RosterConstraintProvider::caseMovedToAnotherPerfusionist)
        .given(moved)
        .penalizesBy(RosterConstraintProvider.MOVED_CASE_PENALTY);
  }

  @Test
  void keepingTheCurrentAssigneeOrFillingANewCaseCostsNothing() {
    CaseSeat kept = new CaseSeat(key("kept"), ADULT_CPB, NINE, NINE.plus(hours(4)), "p-01", false);
    kept.setPerfusionist(ana);
    verifier.verifyThat(RosterConstraintProvider::caseMovedToAnotherPerfusionist)
        .given(kept, seat("new", ADULT_CPB, NINE, 120, jonas))
        .penalizesBy(0);
  }

  @Test
  void workloadCostsTheSquaredMinutesPerPersonOverSixty() {
    verifier.verifyThat(RosterConstraintProvider::unevenWorkload)
        .given(seat("morning", ADULT_CPB, NINE, 120, ana), seat("afternoon", ADULT_CPB, NINE.plus(hours(3)), 120, ana))
        .penalizesBy(240 * 240 / 60);
  }

  @Test
  void sharingTheSameMinutesBetweenTwoPeopleCostsHalfAsMuch() {
    verifier.verifyThat(RosterConstraintProvider::unevenWorkload)
        .given(seat("morning", ADULT_CPB, NINE, 120, ana),
            seat("afternoon", ADULT_CPB, NINE.plus(hours(3)), 120, jonas))
        .penalizesBy(2 * (120 * 120 / 60));
  }

  private static Perfusionist person(String id, CredentialLevel level, Competency... competencies) {
    return new Perfusionist(id, id, id + "@demo.onpump.org", level, Set.of(competencies));
  }

  private static CaseSeat seat(String caseId, Competency competency, Instant start, int minutes, Perfusionist p) {
    CaseSeat seat = new CaseSeat(key(caseId), competency, start, start.plus(Duration.ofMinutes(minutes)), null,
        false);
    seat.setPerfusionist(p);
    return seat;
  }

  private static CaseSeat pinned(CaseSeat seat) {
    CaseSeat pinned = new CaseSeat(seat.getCaseKey(), seat.getRequiredCompetency(), seat.getStart(), seat.getEnd(),
        seat.getPerfusionist().id(), true);
    pinned.setPerfusionist(seat.getPerfusionist());
    return pinned;
  }

  private static CaseKey key(String caseId) {
    return new CaseKey("demo-general", caseId);
  }

  private static Duration hours(int hours) {
    return Duration.ofHours(hours);
  }
}
