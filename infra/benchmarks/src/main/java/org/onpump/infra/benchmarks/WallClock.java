package org.onpump.infra.benchmarks;

import java.time.Instant;

/** Turns this JVM's {@link System#nanoTime()} readings into wall-clock instants, to line up with the services' logs. */
final class WallClock {

  private static final long NANOS_AT_START = System.nanoTime();
  private static final Instant INSTANT_AT_START = Instant.now();

  private WallClock() {
  }

  static Instant of(long nanoTime) {
    return INSTANT_AT_START.plusNanos(nanoTime - NANOS_AT_START);
  }
}
