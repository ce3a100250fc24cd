package org.onpump.infra.benchmarks;

import java.util.concurrent.TimeUnit;

/** Waits between polls of the pipeline benchmarks (never in tests: they use Awaitility). */
final class Pause {

  private Pause() {
  }

  static void millis(long millis) {
    try {
      TimeUnit.MILLISECONDS.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  static void untilNanos(long deadline) {
    long left = deadline - System.nanoTime();
    if (left > 0) {
      try {
        TimeUnit.NANOSECONDS.sleep(left);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted", e);
      }
    }
  }
}
