package org.onpump.scheduler.roster;

import java.time.Duration;
import java.time.Instant;

/** The solver's clock: whole minutes since 2000-01-01T00:00Z, small enough for an int and quick to compare. */
public final class Minutes {

  static final Instant EPOCH = Instant.parse("2000-01-01T00:00:00Z");

  private Minutes() {
  }

  /** Rounded down to the minute. */
  public static int of(Instant instant) {
    return Math.toIntExact(Math.floorDiv(Duration.between(EPOCH, instant).toSeconds(), 60));
  }

  /** Rounded up to the minute: an end at 10:00:20 still occupies the minute after 10:00. */
  public static int ofEnd(Instant instant) {
    long seconds = Duration.between(EPOCH, instant).toSeconds();
    return Math.toIntExact(Math.floorDiv(seconds + 59, 60));
  }

  public static Instant toInstant(int minutes) {
    return EPOCH.plusSeconds(60L * minutes);
  }
}
