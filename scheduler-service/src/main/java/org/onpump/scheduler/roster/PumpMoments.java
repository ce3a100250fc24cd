package org.onpump.scheduler.roster;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.onpump.scheduler.department.DepartmentPolicy;
import org.onpump.scheduler.staff.Perfusionist;

/** Finds the moments the N + 1 rule checks: every start of work that occupies a qualified perfusionist. */
final class PumpMoments {

  private PumpMoments() {
  }

  /** Finds the moments and tells each seat which of them it covers. */
  static List<PumpMoment> of(DepartmentPolicy policy, List<Perfusionist> staff, List<Seat> seats) {
    if (!policy.nPlusOne()) {
      return List.of();
    }
    List<Seat> occupying = seats.stream().filter(seat -> seat.getKind().occupiesAPerfusionist()).toList();
    Map<Integer, LocalDate> days = new TreeMap<>();
    occupying.forEach(seat -> days.putIfAbsent(seat.getStart(), seat.getSlot().day()));
    TreeMap<Integer, PumpMoment> moments = new TreeMap<>();
    days.forEach((minute, day) -> {
      int pinned = (int) occupying.stream()
          .filter(seat -> seat.isPinned() && seat.getStart() <= minute && minute < seat.getEnd()).count();
      moments.put(minute, new PumpMoment(minute, available(staff, minute, day) - 1, pinned));
    });
    for (Seat seat : occupying) {
      seat.setCoveredMoments(new ArrayList<>(moments.subMap(seat.getStart(), seat.getEnd()).values()));
    }
    return List.copyOf(moments.values());
  }

  /** Qualified perfusionists (certified that day; students never count) not on time off at that minute. */
  private static int available(List<Perfusionist> staff, int minute, LocalDate day) {
    Instant at = Minutes.toInstant(minute);
    Instant next = at.plusSeconds(60);
    return (int) staff.stream()
        .filter(p -> !p.isStudent() && p.isCertifiedOn(day) && !p.isOffDuring(at, next))
        .count();
  }
}
