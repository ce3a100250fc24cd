package org.onpump.scheduler.staff;

import java.time.Instant;

/** Approved time off: the perfusionist is not rostered for anything that overlaps it. */
public record TimeOff(Instant start, Instant end) {

  public TimeOff {
    if (!end.isAfter(start)) {
      throw new IllegalArgumentException("time off must end after it starts");
    }
  }

  public boolean overlaps(Instant from, Instant to) {
    return start.isBefore(to) && from.isBefore(end);
  }
}
