package org.onpump.shared.event;

import java.time.Instant;

/** The years scheduling can mean: an instant outside them is a mistake, and no store or clock overflows on it. */
public final class TimeBounds {

  public static final Instant EARLIEST = Instant.parse("2000-01-01T00:00:00Z");
  public static final Instant LATEST = Instant.parse("2100-01-01T00:00:00Z");

  private TimeBounds() {}

  public static boolean contains(Instant instant) {
    return !instant.isBefore(EARLIEST) && instant.isBefore(LATEST);
  }

  /** The message for an instant outside the bounds. */
  public static String violation() {
    return "must be between " + EARLIEST + " and " + LATEST;
  }
}
