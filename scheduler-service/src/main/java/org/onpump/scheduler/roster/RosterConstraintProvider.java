package org.onpump.scheduler.roster;

import java.time.Duration;
import java.time.Instant;
import org.optaplanner.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import org.optaplanner.core.api.score.stream.Constraint;
import org.optaplanner.core.api.score.stream.ConstraintCollectors;
import org.optaplanner.core.api.score.stream.ConstraintFactory;
import org.optaplanner.core.api.score.stream.ConstraintProvider;
import org.optaplanner.core.api.score.stream.Joiners;

/**
 * The department's rules for who may run a pump, in the words of a chief perfusionist.
 *
 * <p>Hard rules judge only seats the solver may still change: a started (pinned) case is what happens in the OR,
 * and a roster is never refused because of it.
 */
public class RosterConstraintProvider implements ConstraintProvider {

  /**
   * What moving an already announced case to someone else costs. Above what any realistic rebalancing gains (a
   * 4-hour case between people 40 hours apart in the window gains about 17,000): stability beats balance.
   */
  static final int MOVED_CASE_PENALTY = 100_000;

  @Override
  public Constraint[] defineConstraints(ConstraintFactory factory) {
    return new Constraint[] {
      // Hard
      perfusionistWithoutTheCompetency(factory),
      perfusionistOnTwoPumpsAtOnce(factory),
      studentAsPrimaryPerfusionist(factory),
      // Medium
      caseWithoutAPerfusionist(factory),
      // Soft
      caseMovedToAnotherPerfusionist(factory),
      unevenWorkload(factory)
    };
  }

  // Hard

  Constraint perfusionistWithoutTheCompetency(ConstraintFactory factory) {
    return factory.forEach(CaseSeat.class)
        .filter(seat -> !seat.isPinned() && !seat.getPerfusionist().isCompetentFor(seat.getRequiredCompetency()))
        .penalize(HardMediumSoftScore.ONE_HARD, CaseSeat::getMinutes)
        .asConstraint("Perfusionist without the competency for the case");
  }

  Constraint perfusionistOnTwoPumpsAtOnce(ConstraintFactory factory) {
    return factory.forEachUniquePair(CaseSeat.class,
            Joiners.equal(CaseSeat::getPerfusionist),
            Joiners.overlapping(CaseSeat::getStart, CaseSeat::getEnd))
        .filter((one, other) -> !(one.isPinned() && other.isPinned()))
        .penalize(HardMediumSoftScore.ONE_HARD, RosterConstraintProvider::overlapMinutes)
        .asConstraint("Perfusionist on two pumps at once");
  }

  /** Students are never alone on a case, so a student is never the primary. */
  Constraint studentAsPrimaryPerfusionist(ConstraintFactory factory) {
    return factory.forEach(CaseSeat.class)
        .filter(seat -> !seat.isPinned() && seat.getPerfusionist().isStudent())
        .penalize(HardMediumSoftScore.ONE_HARD, CaseSeat::getMinutes)
        .asConstraint("Student as primary perfusionist");
  }

  // Medium

  Constraint caseWithoutAPerfusionist(ConstraintFactory factory) {
    return factory.forEachIncludingNullVars(CaseSeat.class)
        .filter(seat -> seat.getPerfusionist() == null)
        .penalize(HardMediumSoftScore.ONE_MEDIUM, CaseSeat::getMinutes)
        .asConstraint("Case without a perfusionist");
  }

  // Soft

  Constraint caseMovedToAnotherPerfusionist(ConstraintFactory factory) {
    return factory.forEachIncludingNullVars(CaseSeat.class)
        .filter(CaseSeat::movedFromCurrentAssignee)
        .penalize(HardMediumSoftScore.ONE_SOFT, seat -> MOVED_CASE_PENALTY)
        .asConstraint("Case moved to another perfusionist");
  }

  /** Squared pump minutes per person (over 60 to keep numbers readable): two 4-hour days beat one 8-hour day. */
  Constraint unevenWorkload(ConstraintFactory factory) {
    return factory.forEach(CaseSeat.class)
        .groupBy(CaseSeat::getPerfusionist, ConstraintCollectors.sum(CaseSeat::getMinutes))
        .penalize(HardMediumSoftScore.ONE_SOFT, (perfusionist, minutes) -> squaredHourMinutes(minutes))
        .asConstraint("Uneven workload");
  }

  static int squaredHourMinutes(int minutes) {
    return (int) Math.min(Integer.MAX_VALUE, (long) minutes * minutes / 60);
  }

  private static int overlapMinutes(CaseSeat one, CaseSeat other) {
    Instant start = one.getStart().isAfter(other.getStart()) ? one.getStart() : other.getStart();
    Instant end = one.getEnd().isBefore(other.getEnd()) ? one.getEnd() : other.getEnd();
    // Rounded up: a started case runs to the second, and 40 seconds on two pumps is still two pumps.
    return (int) Math.max(1, (Duration.between(start, end).toSeconds() + 59) / 60);
  }
}
