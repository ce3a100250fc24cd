package org.onpump.scheduler.roster;

import static org.optaplanner.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore.ofSoft;

import java.util.List;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;
import org.onpump.scheduler.roster.ActivityTarget.ActivityKind;
import org.onpump.scheduler.staff.Perfusionist;
import org.onpump.scheduler.staff.YearToDate;
import org.optaplanner.core.api.score.stream.Constraint;
import org.optaplanner.core.api.score.stream.ConstraintCollectors;
import org.optaplanner.core.api.score.stream.ConstraintFactory;
import org.optaplanner.core.api.score.stream.Joiners;
import org.optaplanner.core.api.score.stream.tri.TriConstraintStream;

/**
 * The soft goals: what makes a safe roster a good one. Each weight says what one unit of the goal is worth; the
 * units are in the javadoc of each goal. docs/solver.md explains the choice of weights.
 */
public final class Goals {

  /** Changing a published assignment: above what any one rebalancing gains, so stability wins. */
  public static final int STABILITY_WEIGHT = 10_000;
  public static final int FAIRNESS_WEIGHT = 100;
  public static final int ACTIVITY_WEIGHT = 200;
  public static final int PREFERENCE_WEIGHT = 300;
  public static final int COMPLEX_CASE_WEIGHT = 1_000;
  public static final int OVER_CONTRACT_WEIGHT = 2;
  public static final int CONTRACT_WEIGHT = 1;

  private Goals() {
  }

  /**
   * Unit: for each person, n(n + 2y) where n is their nights on call in the period and y so far this year. That is
   * (y + n)^2 - y^2: the sum of squares over the year, which is smallest when the nights are shared evenly.
   */
  static Constraint fairNights(ConstraintFactory factory) {
    return fairShare(factory, slot -> slot.night(), YearToDate::nights, "Fair share of nights");
  }

  static Constraint fairWeekends(ConstraintFactory factory) {
    return fairShare(factory, slot -> slot.weekend(), YearToDate::weekends, "Fair share of weekends");
  }

  static Constraint fairHolidays(ConstraintFactory factory) {
    return fairShare(factory, slot -> slot.holiday(), YearToDate::holidays, "Fair share of holidays");
  }

  /** Reward, unit: one activity toward what the person still needs this period (never beyond it). */
  static Constraint towardTarget(ConstraintFactory factory, ActivityKind kind, String name) {
    return factory.forEach(Seat.class)
        .filter(seat -> kind.countedBy(seat.getSlot()))
        .groupBy(Seat::getPerfusionist, ConstraintCollectors.count())
        .join(ActivityTarget.class,
            Joiners.equal((perfusionist, count) -> perfusionist, ActivityTarget::perfusionist),
            Joiners.filtering((perfusionist, count, target) -> target.kind() == kind))
        .reward(ofSoft(ACTIVITY_WEIGHT), (perfusionist, count, target) -> Math.min(count, target.needed()))
        .justifyWith((perfusionist, count, target, score) -> RuleMatch.of(perfusionist,
            Math.min(count, target.needed()) + " of " + target.needed() + " needed this period"))
        .asConstraint(name);
  }

  /** Unit: one seat on a day the person asked to keep free. */
  static Constraint preferredDayOff(ConstraintFactory factory) {
    return preference(factory, seat -> seat.getPerfusionist().preferences().daysOff()
        .contains(seat.getSlot().day().getDayOfWeek()), "Preferred day off");
  }

  /** Unit: one night on call for a person who asked for no nights. */
  static Constraint nightsAvoided(ConstraintFactory factory) {
    return preference(factory, seat -> seat.getSlot().night() && seat.getPerfusionist().preferences().avoidsNights(),
        "Preference for no nights");
  }

  /** Unit: one seat at a hospital outside the person's preferred ones (when they named any). */
  static Constraint preferredHospitals(ConstraintFactory factory) {
    return preference(factory, seat -> {
      var preferred = seat.getPerfusionist().preferences().preferredHospitals();
      return !preferred.isEmpty() && !preferred.contains(seat.getSlot().hospital().id());
    }, "Preferred hospitals");
  }

  /** Unit: one minute of work beyond the contracted week. */
  static Constraint overContractHours(ConstraintFactory factory) {
    return weeklyWork(factory)
        .filter((perfusionist, week, minutes) -> minutes > perfusionist.contractMinutesPerWeek())
        .penalize(ofSoft(OVER_CONTRACT_WEIGHT),
            (perfusionist, week, minutes) -> minutes - perfusionist.contractMinutesPerWeek())
        .justifyWith((perfusionist, week, minutes, score) -> RuleMatch.of(perfusionist,
            (minutes - perfusionist.contractMinutesPerWeek()) + " min over the contract in week " + week))
        .asConstraint("Contract hours: not over");
  }

  /** Reward, unit: one minute of work toward the contracted week (a week short of it earns less). */
  static Constraint contractHoursFilled(ConstraintFactory factory) {
    return weeklyWork(factory)
        .reward(ofSoft(CONTRACT_WEIGHT),
            (perfusionist, week, minutes) -> Math.min(minutes, perfusionist.contractMinutesPerWeek()))
        .justifyWith((perfusionist, week, minutes, score) -> RuleMatch.of(perfusionist,
            Math.min(minutes, perfusionist.contractMinutesPerWeek()) + " contracted min worked in week " + week))
        .asConstraint("Contract hours: not under");
  }

  /** Unit: one complex case with a board-eligible primary. */
  static Constraint ccpForComplexCases(ConstraintFactory factory) {
    return factory.forEach(Seat.class)
        .filter(seat -> seat.getKind() == SeatKind.PRIMARY && seat.getSlot().complex()
            && seat.getPerfusionist().isBoardEligible())
        .penalize(ofSoft(COMPLEX_CASE_WEIGHT))
        .justifyWith((seat, score) -> RuleMatch.of(seat.getPerfusionist(), "complex case without a CCP", seat))
        .asConstraint("CCP preferred as primary on complex cases");
  }

  /** Unit: one published assignment given to someone else (or to nobody). */
  static Constraint stability(ConstraintFactory factory) {
    return factory.forEachIncludingNullVars(Seat.class)
        .filter(Seat::movedFromPublishedHolder)
        .penalize(ofSoft(STABILITY_WEIGHT))
        .justifyWith((seat, score) -> new RuleMatch(seat.getPublishedHolderId(), List.of(seat.getId()),
            "published to " + seat.getPublishedHolderId() + ", now " + seat.getPerfusionist()))
        .asConstraint("Published assignment changed");
  }

  private static Constraint fairShare(ConstraintFactory factory, Predicate<Slot> counted,
      ToIntFunction<YearToDate> soFar, String name) {
    return factory.forEach(Seat.class)
        .filter(seat -> counted.test(seat.getSlot()))
        .groupBy(Seat::getPerfusionist, ConstraintCollectors.count())
        .penalize(ofSoft(FAIRNESS_WEIGHT),
            (perfusionist, count) -> count * (count + 2 * soFar.applyAsInt(perfusionist.yearToDate())))
        .justifyWith((perfusionist, count, score) -> RuleMatch.of(perfusionist,
            count + " this period, " + soFar.applyAsInt(perfusionist.yearToDate()) + " before"))
        .asConstraint(name);
  }

  private static Constraint preference(ConstraintFactory factory, Predicate<Seat> unwanted,
      String name) {
    return factory.forEach(Seat.class)
        .filter(unwanted)
        .penalize(ofSoft(PREFERENCE_WEIGHT))
        .justifyWith((seat, score) -> RuleMatch.of(seat.getPerfusionist(), name, seat))
        .asConstraint(name);
  }

  private static TriConstraintStream<Perfusionist, Integer, Integer>
      weeklyWork(ConstraintFactory factory) {
    return factory.forEach(Seat.class)
        .filter(seat -> seat.getKind().isWork())
        .groupBy(Seat::getPerfusionist, seat -> seat.getSlot().week(), ConstraintCollectors.sum(Seat::getMinutes));
  }
}
