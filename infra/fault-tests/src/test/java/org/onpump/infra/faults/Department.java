package org.onpump.infra.faults;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * One department of the fault test: a hospital of its own, a dozen perfusionists of mixed credentials (the demo
 * department's people under other ids, at another address) and a policy of its own.
 */
record Department(String id, String hospitalId, String hospitalName, ZoneId zone, String state,
    boolean licenceRequired, boolean studentSeats, int firstCallResponseMinutes) {

  private static final List<Department> KNOWN = List.of(
      new Department("north-cardiac", "north-general", "North General", ZoneId.of("America/New_York"), "NY", true,
          false, 30),
      new Department("lakes-cardiac", "lakes-memorial", "Lakes Memorial", ZoneId.of("America/Chicago"), "IL", false,
          true, 45),
      new Department("ridge-cardiac", "ridge-university", "Ridge University", ZoneId.of("America/Denver"), "CO",
          false, false, 30),
      new Department("coast-cardiac", "coast-childrens", "Coast Children's", ZoneId.of("America/Los_Angeles"), "CA",
          false, false, 40));

  /** The first {@code count} departments: the four named ones, then generated ones. */
  static List<Department> first(int count) {
    List<Department> departments = new ArrayList<>(KNOWN.subList(0, Math.min(count, KNOWN.size())));
    IntStream.range(KNOWN.size(), count).forEach(n -> departments.add(new Department("dept-" + n + "-cardiac",
        "dept-" + n + "-general", "General Hospital " + n, ZoneId.of("America/New_York"), "NJ", false, false, 30)));
    return departments;
  }

  /** The short name the department's ids and addresses start with, for example {@code north}. */
  String prefix() {
    return id.substring(0, id.lastIndexOf("-cardiac"));
  }

  String perfusionistId(int number) {
    return String.format("%s-p%02d", prefix(), number);
  }
}
