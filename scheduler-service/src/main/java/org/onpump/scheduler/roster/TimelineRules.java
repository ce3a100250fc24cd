package org.onpump.scheduler.roster;

import static org.optaplanner.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore.ONE_HARD;

import org.onpump.scheduler.department.DepartmentPolicy;
import org.optaplanner.core.api.score.stream.Constraint;
import org.optaplanner.core.api.score.stream.ConstraintCollectors;
import org.optaplanner.core.api.score.stream.ConstraintFactory;
import org.optaplanner.core.api.score.stream.Joiners;

/**
 * The hard rules that depend on a person's whole roster or on the whole department at a moment: one pump at a
 * time, rest, on call, a student's CCP, and N + 1. Penalties are in minutes of breach.
 */
final class TimelineRules {

  /** How far apart two pieces of work may be and still matter to each other (rest and travel fit within it). */
  static final int NEIGHBOURHOOD_MINUTES = 24 * 60;

  private TimelineRules() {
  }

  /** Two pieces of work of one person overlap, or follow too closely to drive between the hospitals. */
  static Constraint onePumpAtATime(ConstraintFactory factory) {
    return factory.forEachUniquePair(Seat.class,
            Joiners.equal(Seat::getPerfusionist),
            Joiners.overlapping(Seat::getStart, seat -> seat.getEnd() + NEIGHBOURHOOD_MINUTES))
        .filter((one, other) -> one.getKind().isWork() && other.getKind().isWork()
            && !(one.isPinned() && other.isPinned()))
        .join(DepartmentPolicy.class)
        .filter((one, other, policy) -> clashMinutes(one, other, policy) > 0)
        .penalize(ONE_HARD, TimelineRules::clashMinutes)
        .justifyWith((one, other, policy, score) -> RuleMatch.of(one.getPerfusionist(),
            clashMinutes(one, other, policy) + " min on two pumps, travel included", one, other))
        .asConstraint("One pump at a time, travel included");
  }

  static Constraint onCallTwiceAtOnce(ConstraintFactory factory) {
    return factory.forEachUniquePair(Seat.class,
            Joiners.equal(Seat::getPerfusionist),
            Joiners.overlapping(Seat::getStart, Seat::getEnd))
        .filter((one, other) -> one.getKind().isOnCall() && other.getKind().isOnCall()
            && !(one.isPinned() && other.isPinned()))
        .penalize(ONE_HARD, TimelineRules::overlapMinutes)
        .justifyWith((one, other, score) -> RuleMatch.of(one.getPerfusionist(), "on call twice at once", one, other))
        .asConstraint("On call for one slot at a time");
  }

  /** AmSECT: at least 8 h off for every 16 h worked. Two pieces of work closer than the rest must fit in 16 h. */
  static Constraint rest(ConstraintFactory factory) {
    return factory.forEachUniquePair(Seat.class,
            Joiners.equal(Seat::getPerfusionist),
            Joiners.overlapping(Seat::getStart, seat -> seat.getEnd() + NEIGHBOURHOOD_MINUTES))
        .filter((one, other) -> one.getKind().isWork() && other.getKind().isWork()
            && !(one.isPinned() && other.isPinned()))
        .join(DepartmentPolicy.class)
        .filter((one, other, policy) -> restBreachMinutes(one, other, policy) > 0)
        .penalize(ONE_HARD, TimelineRules::restBreachMinutes)
        .justifyWith((one, other, policy, score) -> RuleMatch.of(one.getPerfusionist(),
            restBreachMinutes(one, other, policy) + " min of work beyond the stretch allowed without rest",
            one, other))
        .asConstraint("Rest: 8 h off for every 16 h worked");
  }

  /** A night on first call is presumed worked: no work may start in the rest that follows it. */
  static Constraint restAfterFirstCall(ConstraintFactory factory) {
    return factory.forEach(Seat.class)
        .filter(call -> call.getKind() == SeatKind.FIRST_CALL && call.getSlot().night())
        .join(Seat.class,
            Joiners.equal(Seat::getPerfusionist),
            Joiners.overlapping(Seat::getEnd, call -> call.getEnd() + NEIGHBOURHOOD_MINUTES,
                Seat::getStart, Seat::getEnd))
        .filter((call, work) -> work.getKind().isWork() && !(call.isPinned() && work.isPinned()))
        .join(DepartmentPolicy.class)
        .filter((call, work, policy) -> postCallBreachMinutes(call, work, policy) > 0)
        .penalize(ONE_HARD, TimelineRules::postCallBreachMinutes)
        .justifyWith((call, work, policy, score) -> RuleMatch.of(work.getPerfusionist(),
            "work in the rest after a night on first call", call, work))
        .asConstraint("Rest after a night on first call");
  }

  /** A student never runs a case alone: the primary or second on the same case is a CCP. */
  static Constraint studentWithoutACcp(ConstraintFactory factory) {
    return factory.forEach(Seat.class)
        .filter(seat -> seat.getKind() == SeatKind.STUDENT && !seat.isPinned())
        .ifNotExists(Seat.class,
            Joiners.equal(seat -> seat.getSlot().caseKey()),
            Joiners.filtering((student, other) -> other.getKind().isClinicalActivity()
                && other.getPerfusionist() != null && other.getPerfusionist().isCcp()))
        .penalize(ONE_HARD, Seat::getMinutes)
        .justifyWith((seat, score) -> RuleMatch.of(seat.getPerfusionist(), "no CCP on the same case", seat))
        .asConstraint("Student only with a CCP on the same case");
  }

  /** AmSECT: with N pumps running at once, one more perfusionist is free to respond. */
  static Constraint nPlusOne(ConstraintFactory factory) {
    return factory.forEach(PumpMoment.class)
        .join(Seat.class,
            Joiners.greaterThanOrEqual(PumpMoment::minute, Seat::getStart),
            Joiners.lessThan(PumpMoment::minute, Seat::getEnd))
        .filter((moment, seat) -> seat.getKind().occupiesAPerfusionist())
        .groupBy((moment, seat) -> moment, ConstraintCollectors.countBi(),
            ConstraintCollectors.toList((moment, seat) -> seat))
        .filter((moment, occupied, running) -> occupied > moment.capacity())
        .penalize(ONE_HARD, (moment, occupied, running) -> occupied - moment.capacity())
        .justifyWith((moment, occupied, running, score) -> new RuleMatch(null,
            running.stream().filter(seat -> seat.getStart() == moment.minute()).map(Seat::getId).toList(),
            occupied + " perfusionists occupied at once, at most " + moment.capacity() + " leaves one free"))
        .asConstraint("N + 1: one perfusionist free beyond the pumps running");
  }

  static int clashMinutes(Seat one, Seat other, DepartmentPolicy policy) {
    int travel = policy.travelBetweenHospitals()
        ? one.getSlot().hospital().travelMinutesTo(other.getSlot().hospital().id()) : 0;
    return Math.min(one.getEnd(), other.getEnd()) + travel - Math.max(one.getStart(), other.getStart());
  }

  static int overlapMinutes(Seat one, Seat other) {
    return Math.min(one.getEnd(), other.getEnd()) - Math.max(one.getStart(), other.getStart());
  }

  /** Minutes by which two pieces of work with too little rest between them exceed the longest stretch allowed. */
  static int restBreachMinutes(Seat one, Seat other, DepartmentPolicy policy) {
    Seat first = one.getStart() <= other.getStart() ? one : other;
    Seat second = first == one ? other : one;
    int gap = second.getStart() - first.getEnd();
    int stretch = Math.max(first.getEnd(), second.getEnd()) - first.getStart();
    return gap < policy.restMinutes() ? Math.max(0, stretch - policy.maxWorkMinutes()) : 0;
  }

  static int postCallBreachMinutes(Seat call, Seat work, DepartmentPolicy policy) {
    int restEnd = call.getEnd() + policy.postCallRestMinutes();
    return Math.max(0, Math.min(restEnd, work.getEnd()) - Math.max(call.getEnd(), work.getStart()));
  }
}
