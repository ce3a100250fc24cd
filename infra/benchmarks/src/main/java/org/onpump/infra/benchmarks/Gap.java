package org.onpump.infra.benchmarks;

import java.util.Locale;
import org.optaplanner.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;

/**
 * How far a score is behind a reference score. When hard and medium are equal: the soft shortfall as a share of the
 * reference, (reference soft - soft) / |reference soft|, so 0 is as good, 0.01 is 1 % worse and a negative gap is
 * better than the reference. Otherwise the first level that differs, because no share of soft makes up for it.
 */
record Gap(Double relative, String levels) {

  static Gap between(HardMediumSoftScore score, HardMediumSoftScore reference) {
    if (score == null || reference == null) {
      return null;
    }
    if (score.hardScore() != reference.hardScore()) {
      return new Gap(null, "hard " + score.hardScore() + " vs " + reference.hardScore());
    }
    if (score.mediumScore() != reference.mediumScore()) {
      return new Gap(null, "medium " + score.mediumScore() + " vs " + reference.mediumScore());
    }
    long shortfall = (long) reference.softScore() - score.softScore();
    if (reference.softScore() == 0) {
      return new Gap(shortfall == 0 ? 0.0 : Math.signum(shortfall) * Double.POSITIVE_INFINITY, null);
    }
    return new Gap(shortfall / (double) Math.abs(reference.softScore()), null);
  }

  boolean isZero() {
    return relative != null && relative == 0.0;
  }

  boolean within(double share) {
    return relative != null && relative <= share;
  }

  @Override
  public String toString() {
    return relative != null ? String.format(Locale.ROOT, "%.3f %%", relative * 100) : levels;
  }
}
