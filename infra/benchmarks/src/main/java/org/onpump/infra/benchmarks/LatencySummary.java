package org.onpump.infra.benchmarks;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Percentiles of one path's latencies, in milliseconds. A sample that never completed (no answer within the wait)
 * counts as slower than every completed one: a percentile that falls on such a sample is {@code null} ("beyond the
 * wait"), so missing answers can never make a path look faster. Percentiles are nearest-rank.
 *
 * @param samples how many were taken
 * @param missing how many never completed within the wait
 */
record LatencySummary(int samples, int missing, Double p50, Double p95, Double p99, Double max, Double mean) {

  /** @param nanos one entry per sample: the latency in nanoseconds, or null when it never completed */
  static LatencySummary of(List<Long> nanos) {
    List<Long> done = new ArrayList<>(nanos.stream().filter(n -> n != null).toList());
    Collections.sort(done);
    int n = nanos.size();
    int missing = n - done.size();
    Double mean = done.isEmpty() ? null : millis(Math.round(done.stream().mapToLong(Long::longValue).average()
        .orElse(0)));
    return new LatencySummary(n, missing, percentile(done, n, 0.50), percentile(done, n, 0.95),
        percentile(done, n, 0.99), missing > 0 || done.isEmpty() ? null : millis(done.get(done.size() - 1)), mean);
  }

  private static Double percentile(List<Long> sortedDone, int samples, double quantile) {
    if (samples == 0) {
      return null;
    }
    int rank = (int) Math.ceil(quantile * samples);
    int index = Math.max(rank, 1) - 1;
    return index < sortedDone.size() ? millis(sortedDone.get(index)) : null;
  }

  private static double millis(long nanos) {
    return Math.round(nanos / 100_000.0) / 10.0;
  }

  /** Whether every percentile has a value. */
  boolean complete() {
    return p50 != null && p95 != null && p99 != null;
  }
}
