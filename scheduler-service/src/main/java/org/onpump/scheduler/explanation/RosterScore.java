package org.onpump.scheduler.explanation;

import java.util.Comparator;
import org.optaplanner.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;

/**
 * A score in its three levels: hard (safety; anything below 0 makes a roster unsafe), medium (required seats left
 * unfilled, -1 each) and soft (the weighted goals: rewards are positive, penalties negative).
 */
public record RosterScore(int hard, int medium, int soft) {

  public static final RosterScore ZERO = new RosterScore(0, 0, 0);

  /** Hard first, then medium, then soft: higher is better. */
  public static final Comparator<RosterScore> BEST_FIRST = Comparator.comparingInt(RosterScore::hard)
      .thenComparingInt(RosterScore::medium).thenComparingInt(RosterScore::soft).reversed();

  public static RosterScore of(HardMediumSoftScore score) {
    return score == null ? ZERO : new RosterScore(score.hardScore(), score.mediumScore(), score.softScore());
  }

  public RosterScore plus(RosterScore other) {
    return new RosterScore(hard + other.hard, medium + other.medium, soft + other.soft);
  }

  public RosterScore minus(RosterScore other) {
    return new RosterScore(hard - other.hard, medium - other.medium, soft - other.soft);
  }

  public boolean zeroOnEveryLevel() {
    return hard == 0 && medium == 0 && soft == 0;
  }

  /** Worse on a level that matters more than any goal: a hard rule broken or a required seat left open. */
  public boolean breaksARule() {
    return hard < 0 || (hard == 0 && medium < 0);
  }
}
