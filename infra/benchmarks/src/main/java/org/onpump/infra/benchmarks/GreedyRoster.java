package org.onpump.infra.benchmarks;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.onpump.scheduler.roster.DepartmentRoster;
import org.onpump.scheduler.roster.Seat;
import org.onpump.scheduler.staff.Perfusionist;

/**
 * The baseline: what a manager does by hand with a paper sheet. Seats in start order (ties by seat id), each to the
 * first person in staff order who may take it (competency, privileges, licence, credential, time off: the seat's
 * eligible list) and is not already on another seat at the same time. A sheet tracks no travel, rest, post-call
 * rest, N + 1 or a student's CCP, so neither does this. Optional student seats are filled the same way; pinned
 * seats keep their holders.
 */
final class GreedyRoster {

  private GreedyRoster() {
  }

  /** Fills every seat that is not pinned, in place; returns the roster. */
  static DepartmentRoster fill(DepartmentRoster roster) {
    Map<Perfusionist, Integer> staffOrder = new HashMap<>();
    roster.getPerfusionists().forEach(person -> staffOrder.put(person, staffOrder.size()));
    Map<Perfusionist, List<Seat>> taken = new HashMap<>();
    List<Seat> open = new ArrayList<>();
    for (Seat seat : roster.getSeats()) {
      if (seat.isPinned()) {
        taken.computeIfAbsent(seat.getPerfusionist(), person -> new ArrayList<>()).add(seat);
      } else {
        seat.setPerfusionist(null);
        open.add(seat);
      }
    }
    open.sort(Comparator.comparingInt(Seat::getStart).thenComparing(Seat::getId));
    for (Seat seat : open) {
      seat.getEligible().stream()
          .sorted(Comparator.comparingInt(person -> staffOrder.getOrDefault(person, Integer.MAX_VALUE)))
          .filter(person -> taken.getOrDefault(person, List.of()).stream().noneMatch(other -> overlap(seat, other)))
          .findFirst()
          .ifPresent(person -> {
            seat.setPerfusionist(person);
            taken.computeIfAbsent(person, key -> new ArrayList<>()).add(seat);
          });
    }
    return roster;
  }

  private static boolean overlap(Seat one, Seat other) {
    return one.getStart() < other.getEnd() && other.getStart() < one.getEnd();
  }
}
