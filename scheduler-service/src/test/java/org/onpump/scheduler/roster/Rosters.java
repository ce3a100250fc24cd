package org.onpump.scheduler.roster;

import static org.onpump.shared.event.Competency.ADULT_CPB;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.onpump.scheduler.department.DepartmentPolicy;
import org.onpump.scheduler.department.Hospital;
import org.onpump.scheduler.staff.Credential;
import org.onpump.scheduler.staff.Perfusionist;
import org.onpump.scheduler.staff.PerfusionistBuilder;
import org.optaplanner.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import org.optaplanner.core.api.score.stream.Constraint;
import org.optaplanner.core.api.score.stream.ConstraintFactory;
import org.optaplanner.core.api.score.stream.ConstraintStreamImplType;
import org.optaplanner.core.api.solver.SolutionManager;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.test.api.score.stream.ConstraintVerifier;
import org.optaplanner.test.api.score.stream.MultiConstraintAssertion;
import org.optaplanner.test.api.score.stream.SingleConstraintAssertion;
import org.optaplanner.test.api.score.stream.SingleConstraintVerification;

/**
 * Terse facts for the roster tests: two hospitals 45 minutes apart (County in a state that licenses perfusionists),
 * people who may work at both, and seats in the two weeks from Monday 23 November 2026, New York time.
 */
final class Rosters {

  static final ZoneId ZONE = ZoneId.of("America/New_York");
  static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);
  static final LocalDate TUESDAY = MONDAY.plusDays(1);
  static final RosterPeriod PERIOD = new RosterPeriod(MONDAY, 14, ZONE, Set.of());
  static final Hospital GENERAL = new Hospital("general", ZONE, "CT", false, Map.of("county", 45));
  static final Hospital COUNTY = new Hospital("county", ZONE, "NY", true, Map.of("general", 45));
  static final DepartmentPolicy POLICY = DepartmentPolicy.defaults();
  static final LocalDate CERTIFIED_UNTIL = LocalDate.of(2029, 6, 30);

  private Rosters() {
  }

  private static final ConstraintVerifier<RosterConstraintProvider, DepartmentRoster> VERIFIER = ConstraintVerifier
      .build(new RosterConstraintProvider(), DepartmentRoster.class, Seat.class)
      .withConstraintStreamImplType(ConstraintStreamImplType.BAVET);

  /**
   * Verifies one rule alone, as {@link SeatRules}, {@link TimelineRules} and {@link Goals} define it. The default
   * policy is always among the facts, as in every real roster, so a rule that needs it never passes for want of it.
   */
  static Given verify(Function<ConstraintFactory, Constraint> rule) {
    SingleConstraintVerification<DepartmentRoster> verification =
        VERIFIER.verifyThat((provider, factory) -> rule.apply(factory));
    return facts -> verification.given(withPolicy(facts));
  }

  /** Verifies every rule together, with its weight, as the solver scores a roster (the policy included). */
  static MultiConstraintAssertion verifyAll(Object... facts) {
    return VERIFIER.verifyThat().given(withPolicy(facts));
  }

  /** The facts of a roster under test. */
  @FunctionalInterface
  interface Given {
    SingleConstraintAssertion given(Object... facts);
  }

  private static Object[] withPolicy(Object[] facts) {
    Object[] withPolicy = Arrays.copyOf(facts, facts.length + 1);
    withPolicy[facts.length] = POLICY;
    return withPolicy;
  }

  /** Scores and explains whole rosters with the service's solver configuration. */
  static SolutionManager<DepartmentRoster, HardMediumSoftScore> solutionManager() {
    return SolutionManager.create(SolverFactory.create(
        SolverConfiguration.solverConfig(new SolverProperties(Duration.ofSeconds(2), Duration.ofMillis(500)))));
  }

  /**
   * An N + 1 moment at that minute with that capacity, as {@link PumpMoments} makes it: every seat covering the
   * minute learns of it (the rule itself leaves out students and on call), and pinned work there is counted.
   */
  static PumpMoment moment(int minute, int capacity, Seat... seats) {
    List<Seat> covering = Arrays.stream(seats)
        .filter(seat -> seat.getStart() <= minute && minute < seat.getEnd()).toList();
    PumpMoment moment = new PumpMoment(minute, capacity, (int) covering.stream()
        .filter(seat -> seat.isPinned() && seat.getKind().occupiesAPerfusionist()).count());
    for (Seat seat : covering) {
      List<PumpMoment> covered = new ArrayList<>(seat.getCoveredMoments());
      covered.add(moment);
      seat.setCoveredMoments(covered);
    }
    return moment;
  }

  /** The seats and the moment they cover at that minute, as facts for a verifier. */
  static Object[] withMoment(int minute, int capacity, Seat... seats) {
    List<Object> facts = new ArrayList<>(List.of(seats));
    facts.add(moment(minute, capacity, seats));
    return facts.toArray();
  }

  /** A roster of the given seats under the default policy, with no N + 1 moments or targets unless given. */
  static DepartmentRoster roster(List<Perfusionist> staff, List<PumpMoment> moments, Seat... seats) {
    return new DepartmentRoster(POLICY, staff, moments, List.of(), List.of(seats));
  }

  /** The minute a local time on that day falls on. */
  static int at(LocalDate day, int hour) {
    return at(day, hour, 0);
  }

  static int at(LocalDate day, int hour, int minute) {
    return Minutes.of(day.atTime(hour, minute).atZone(ZONE).toInstant());
  }

  /** A CCP for adult CPB at both hospitals (20 minutes from home), licensed in County's state. */
  static PerfusionistBuilder ccp(String id) {
    return everywhere(Perfusionist.builder(id, Credential.ccp(CERTIFIED_UNTIL)));
  }

  static PerfusionistBuilder boardEligible(String id) {
    return everywhere(Perfusionist.builder(id, Credential.boardEligible(CERTIFIED_UNTIL)));
  }

  static PerfusionistBuilder student(String id) {
    return everywhere(Perfusionist.builder(id, Credential.student()));
  }

  private static PerfusionistBuilder everywhere(PerfusionistBuilder builder) {
    return builder.competencies(ADULT_CPB).worksAt(GENERAL.id(), 20).worksAt(COUNTY.id(), 20)
        .licensedIn(COUNTY.state());
  }

  /** A seat on a case (primary, second, student or stand-by): an adult CABG at General unless told otherwise. */
  static SlotBuilder onCase(String caseId, SeatKind kind, int start, int minutes) {
    return new SlotBuilder(caseId, kind, true, start, start + minutes);
  }

  /** First or second call for the night that starts on that day: 17:00 to 07:00 next morning (840 min). */
  static SlotBuilder onCallNight(SeatKind kind, LocalDate day) {
    SlotBuilder slot = new SlotBuilder(day + "/NIGHT", kind, false, at(day, 17), at(day.plusDays(1), 7)).night();
    return kind == SeatKind.FIRST_CALL ? slot.responseMinutes(POLICY.firstCallResponseMinutes()) : slot;
  }

  /** Work or on call that is not on a case: an ECMO shift, a day on call. */
  static SlotBuilder shift(String name, SeatKind kind, int start, int minutes) {
    return new SlotBuilder(name, kind, false, start, start + minutes);
  }

  static Seat seat(SlotBuilder slot, Perfusionist holder) {
    return new Seat(slot.build(), List.of(), holder, null, false);
  }

  static Seat pinned(SlotBuilder slot, Perfusionist holder) {
    return new Seat(slot.build(), List.of(), holder, null, true);
  }

  static Seat empty(SlotBuilder slot) {
    return new Seat(slot.build(), List.of(), null, null, false);
  }

  static Seat published(SlotBuilder slot, Perfusionist holder, String publishedHolderId) {
    return new Seat(slot.build(), List.of(), holder, publishedHolderId, false);
  }
}
