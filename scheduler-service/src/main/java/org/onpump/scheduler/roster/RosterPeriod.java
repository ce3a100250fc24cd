package org.onpump.scheduler.roster;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;

/**
 * The days a roster covers, on the department's calendar: from {@code firstDay} for {@code days} days, with the
 * public holidays that fall in it.
 */
public record RosterPeriod(LocalDate firstDay, int days, ZoneId zone, Set<LocalDate> holidays) {

  public RosterPeriod {
    if (days < 1) {
      throw new IllegalArgumentException("a roster period has at least one day");
    }
    holidays = Set.copyOf(holidays);
  }

  /** The day after the last day. */
  public LocalDate endDay() {
    return firstDay.plusDays(days);
  }

  public int weekOf(LocalDate day) {
    return (int) Math.floorDiv(java.time.temporal.ChronoUnit.DAYS.between(firstDay, day), 7);
  }
}
