package org.onpump.scheduler.roster;

import static org.optaplanner.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore.ONE_HARD;
import static org.optaplanner.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore.ONE_MEDIUM;

import java.util.function.BiPredicate;
import org.onpump.scheduler.staff.Perfusionist;
import org.optaplanner.core.api.score.stream.Constraint;
import org.optaplanner.core.api.score.stream.ConstraintFactory;

/**
 * The hard rules one seat and its holder decide alone, and the rule that every required seat is filled. The solver
 * never offers anyone who breaks them; they still judge a roster a manager edited or a seat that was pinned before
 * the rule changed. A pinned seat is what happens in the OR and is never held against the roster.
 */
final class SeatRules {

  private SeatRules() {
  }

  static Constraint competency(ConstraintFactory factory) {
    return breaking(factory, Slot::fitsCompetency, "Competency for the case type");
  }

  static Constraint privileges(ConstraintFactory factory) {
    return breaking(factory, Slot::fitsPrivileges, "Privileges at the hospital");
  }

  static Constraint licence(ConstraintFactory factory) {
    return breaking(factory, Slot::fitsLicence, "Licence where the state requires one");
  }

  static Constraint certification(ConstraintFactory factory) {
    return breaking(factory, Slot::fitsCertification, "Certification valid on the day");
  }

  static Constraint credential(ConstraintFactory factory) {
    return breaking(factory, Slot::fitsCredential, "Student seat for students only, every other seat for graduates");
  }

  static Constraint boardEligiblePrimary(ConstraintFactory factory) {
    return breaking(factory, Slot::fitsBoardEligiblePolicy, "Case type a board-eligible may not run as primary");
  }

  static Constraint firstCallResponse(ConstraintFactory factory) {
    return breaking(factory, Slot::fitsResponseTime, "First call within the response time");
  }

  static Constraint timeOff(ConstraintFactory factory) {
    return breaking(factory, Slot::fitsTimeOff, "Time off");
  }

  /** Medium: a required seat nobody holds is reported as unfilled; every such seat counts the same. */
  static Constraint requiredSeatUnfilled(ConstraintFactory factory) {
    return factory.forEachIncludingNullVars(Seat.class)
        .filter(seat -> seat.getPerfusionist() == null && seat.getKind().isRequired())
        .penalize(ONE_MEDIUM)
        .justifyWith((seat, score) -> RuleMatch.of(null, "nobody can take it", seat))
        .asConstraint("Required seat unfilled");
  }

  /** Penalised by the seat's minutes: a whole night on call in breach is worse than a short case. */
  private static Constraint breaking(ConstraintFactory factory, BiPredicate<Slot, Perfusionist> rule, String name) {
    return factory.forEach(Seat.class)
        .filter(seat -> !seat.isPinned() && !rule.test(seat.getSlot(), seat.getPerfusionist()))
        .penalize(ONE_HARD, Seat::getMinutes)
        .justifyWith((seat, score) -> RuleMatch.of(seat.getPerfusionist(), name, seat))
        .asConstraint(name);
  }
}
