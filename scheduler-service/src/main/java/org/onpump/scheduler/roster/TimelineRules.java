package org.onpump.scheduler.roster;

import static org.optaplanner.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore.ONE_HARD;

import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;
import org.onpump.scheduler.staff.Perfusionist;
import org.optaplanner.core.api.function.TriPredicate;
import org.onpump.scheduler.department.DepartmentPolicy;
import org.optaplanner.core.api.score.stream.Constraint;
import org.optaplanner.core.api.score.stream.ConstraintCollectors;
import org.optaplanner.core.api.score.stream.ConstraintFactory;
import org.optaplanner.core.api.score.stream.Joiners;
import org.optaplanner.core.api.score.stream.tri.TriConstraintStream;

/**
 * The hard rules that depend on a person's whole roster or on the whole department at a moment: one pump at a
 * time, rest, on call, a student's CCP, and N + 1. Penalties are in minutes of breach.
 */
public final class TimelineRules {

  /** How far apart two pieces of work may be and still matter to each other (rest and travel fit within it). */
  public static final int NEIGHBOURHOOD_MINUTES = 24 * 60;

  private TimelineRules() {
  }

  /** Two pieces of work of one person overlap, or follow too closely to drive between the hospitals. */
  static Constraint onePumpAtATime(ConstraintFactory factory) {
    return pairs(factory, WORK)
        .filter((one, policy, other) -> clashMinutes(one, other, policy) > 0)
        .penalize(ONE_HARD, (one, policy, other) -> clashMinutes(one, other, policy))
        .justifyWith((one, policy, other, score) -> RuleMatch.of(one.getPerfusionist(),
            clashMinutes(one, other, policy) + " min on two pumps, travel included", one, other))
        .asConstraint("One pump at a time, travel included");
  }

  static Constraint onCallTwiceAtOnce(ConstraintFactory factory) {
    return pairs(factory, ON_CALL)
        .filter((one, policy, other) -> overlapMinutes(one, other) > 0)
        .penalize(ONE_HARD, (one, policy, other) -> overlapMinutes(one, other))
        .justifyWith((one, policy, other, score) -> RuleMatch.of(one.getPerfusionist(), "on call twice at once",
            one, other))
        .asConstraint("On call for one slot at a time");
  }

  /** AmSECT: at least 8 h off for every 16 h worked. Two pieces of work closer than the rest must fit in 16 h. */
  static Constraint rest(ConstraintFactory factory) {
    return pairs(factory, WORK)
        .filter((one, policy, other) -> restBreachMinutes(one, other, policy) > 0)
        .penalize(ONE_HARD, (one, policy, other) -> restBreachMinutes(one, other, policy))
        .justifyWith((one, policy, other, score) -> RuleMatch.of(one.getPerfusionist(),
            restBreachMinutes(one, other, policy) + " min of work beyond the stretch allowed without rest",
            one, other))
        .asConstraint("Rest: 8 h off for every 16 h worked");
  }

  /** A night on first call is presumed worked: no work may start in the rest that follows it. */
  static Constraint restAfterFirstCall(ConstraintFactory factory) {
    return factory.forEach(Seat.class)
        .filter(call -> call.getKind() == SeatKind.FIRST_CALL && call.getSlot().night())
        .join(DepartmentPolicy.class)
        .join(factory.forEach(Seat.class).filter(seat -> seat.getKind().isWork()),
            Joiners.equal((call, policy) -> call.getPerfusionist(), Seat::getPerfusionist),
            Joiners.filtering((call, policy, work) -> !(call.isPinned() && work.isPinned())
                && postCallBreachMinutes(call, work, policy) > 0))
        .penalize(ONE_HARD, (call, policy, work) -> postCallBreachMinutes(call, work, policy))
        .justifyWith((call, policy, work, score) -> RuleMatch.of(work.getPerfusionist(),
            "work in the rest after a night on first call", call, work))
        .asConstraint("Rest after a night on first call");
  }

  /**
   * A student never runs a case alone: the primary or second on the same case is a CCP. A student seat pinned on a
   * case whose clinical seat is pinned too is what happens in the OR, and is not held against the roster.
   */
  static Constraint studentWithoutACcp(ConstraintFactory factory) {
    return factory.forEach(Seat.class)
        .filter(seat -> seat.getKind() == SeatKind.STUDENT)
        .ifNotExists(Seat.class,
            Joiners.equal(seat -> seat.getSlot().caseKey()),
            Joiners.filtering((student, other) -> other.getKind().isClinicalActivity()
                && other.getPerfusionist() != null
                && (other.getPerfusionist().isCcp() || student.isPinned() && other.isPinned())))
        .penalize(ONE_HARD, Seat::getMinutes)
        .justifyWith((seat, score) -> RuleMatch.of(seat.getPerfusionist(), "no CCP on the same case", seat))
        .asConstraint("Student only with a CCP on the same case");
  }

  /**
   * AmSECT: with N pumps running at once, one more perfusionist is free to respond. Pinned work is what happens in
   * the OR: only the work added beyond it counts, so a moment pinned work alone fills is never held against the
   * roster. Each seat knows the moments it covers (its times never change), so counting needs no search over time.
   */
  static Constraint nPlusOne(ConstraintFactory factory) {
    return factory.forEach(Seat.class)
        .filter(seat -> seat.getKind().occupiesAPerfusionist())
        .flattenLast(Seat::getCoveredMoments)
        .groupBy(moment -> moment, ConstraintCollectors.count())
        .filter((moment, occupied) -> moment.shortfall(occupied) > 0)
        .penalize(ONE_HARD, (moment, occupied) -> moment.shortfall(occupied))
        .justifyWith((moment, occupied, score) -> new RuleMatch(null, List.of(), occupied
            + " perfusionists occupied at " + Minutes.toInstant(moment.minute()) + ", at most " + moment.capacity()
            + " leaves one free"))
        .asConstraint("N + 1: one perfusionist free beyond the pumps running");
  }

  /**
   * Each pair of one person's seats of the given kind once (earlier first), within a day of each other, not both
   * pinned. Joined on the person only: a person's seats are few, and a scan of them is cheaper than a range index.
   */
  // One instance of each lambda, so the constraint streams engine can share the pair nodes between rules.
  private static final Predicate<Seat> WORK = seat -> seat.getKind().isWork();
  private static final Predicate<Seat> ON_CALL = seat -> seat.getKind().isOnCall();
  private static final Function<Seat, Perfusionist> HOLDER = Seat::getPerfusionist;
  private static final BiFunction<Seat, DepartmentPolicy, Perfusionist> LEFT_HOLDER = (one, policy) -> HOLDER.apply(one);
  private static final TriPredicate<Seat, DepartmentPolicy, Seat> NEAR_AND_FIRST = (one, policy, other) ->
      other.getStart() >= one.getStart() && other.getStart() < one.getEnd() + NEIGHBOURHOOD_MINUTES
          && comesFirst(one, other) && !(one.isPinned() && other.isPinned());

  private static TriConstraintStream<Seat, DepartmentPolicy, Seat> pairs(ConstraintFactory factory,
      Predicate<Seat> kind) {
    return factory.forEach(Seat.class)
        .filter(kind)
        .join(DepartmentPolicy.class)
        .join(factory.forEach(Seat.class).filter(kind),
            Joiners.equal(LEFT_HOLDER, HOLDER),
            Joiners.filtering(NEAR_AND_FIRST));
  }

  private static boolean comesFirst(Seat one, Seat other) {
    return one.getStart() < other.getStart()
        || one != other && one.getStart() == other.getStart() && one.getId().compareTo(other.getId()) < 0;
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
