package org.onpump.scheduler.roster;

import java.time.Instant;
import java.util.List;
import org.onpump.scheduler.department.DepartmentPolicy;
import org.onpump.scheduler.staff.Perfusionist;

/** Finds the moments the N + 1 rule checks: every start of work that occupies a qualified perfusionist. */
final class PumpMoments {

  private PumpMoments() {
  }

  static List<PumpMoment> of(DepartmentPolicy policy, List<Perfusionist> staff, List<Seat> seats) {
    if (!policy.nPlusOne()) {
      return List.of();
    }
    return seats.stream()
        .filter(seat -> seat.getKind().occupiesAPerfusionist())
        .mapToInt(Seat::getStart)
        .distinct()
        .sorted()
        .mapToObj(minute -> new PumpMoment(minute, available(staff, Minutes.toInstant(minute)) - 1))
        .toList();
  }

  /** Qualified perfusionists (students never count) not on time off at that instant. */
  private static int available(List<Perfusionist> staff, Instant at) {
    Instant next = at.plusSeconds(60);
    return (int) staff.stream().filter(p -> !p.isStudent() && !p.isOffDuring(at, next)).count();
  }
}
