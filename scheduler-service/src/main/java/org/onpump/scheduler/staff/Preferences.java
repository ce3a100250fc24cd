package org.onpump.scheduler.staff;

import java.time.DayOfWeek;
import java.util.Set;

/** What a perfusionist would rather have: days kept free, no nights on call, some hospitals over others. */
public record Preferences(Set<DayOfWeek> daysOff, boolean avoidsNights, Set<String> preferredHospitals) {

  public static final Preferences NONE = new Preferences(Set.of(), false, Set.of());

  public Preferences {
    daysOff = Set.copyOf(daysOff);
    preferredHospitals = Set.copyOf(preferredHospitals);
  }
}
