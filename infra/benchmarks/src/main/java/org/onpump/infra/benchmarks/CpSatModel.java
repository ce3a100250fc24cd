package org.onpump.infra.benchmarks;

import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.LinearExpr;
import com.google.ortools.sat.LinearExprBuilder;
import com.google.ortools.sat.Literal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.onpump.scheduler.roster.DepartmentRoster;
import org.onpump.scheduler.roster.Seat;
import org.onpump.scheduler.staff.Perfusionist;

/**
 * A roster as a CP-SAT model: one Boolean per seat and person who may hold it (a pinned seat's holder fixed to
 * true), at most one holder per seat. The seat rules of the service decide the candidates: a person the seat does
 * not admit would break a hard rule, and the optimum has no hard rule broken, so they get no variable at all.
 * {@link CpSatSafety} adds the timeline rules and {@link CpSatGoals} the objective.
 */
final class CpSatModel {

  final CpModel model = new CpModel();
  final DepartmentRoster roster;
  private final Map<Seat, Map<String, BoolVar>> choices = new LinkedHashMap<>();
  private final Map<String, List<Seat>> seatsByPerson = new LinkedHashMap<>();
  private final Map<String, Perfusionist> staff = new LinkedHashMap<>();

  CpSatModel(DepartmentRoster roster) {
    this.roster = roster;
    roster.getPerfusionists().forEach(person -> staff.put(person.id(), person));
    for (Seat seat : roster.getSeats()) {
      Map<String, BoolVar> holders = new LinkedHashMap<>();
      List<Perfusionist> candidates = seat.isPinned() ? List.of(seat.getPerfusionist())
          : seat.getEligible().stream().filter(person -> seat.getSlot().admits(person)).toList();
      for (Perfusionist person : candidates) {
        BoolVar choice = model.newBoolVar(seat.getId() + "=" + person.id());
        holders.put(person.id(), choice);
        seatsByPerson.computeIfAbsent(person.id(), id -> new ArrayList<>()).add(seat);
      }
      if (seat.isPinned()) {
        model.addEquality(holders.get(seat.getPerfusionist().id()), 1);
      }
      model.addAtMostOne(holders.values().toArray(Literal[]::new));
      choices.put(seat, holders);
    }
    seatsByPerson.values().forEach(seats -> seats.sort(Comparator.comparingInt(Seat::getStart)));
  }

  /** Whether this person holds this seat; null when they cannot. */
  BoolVar holds(Seat seat, String personId) {
    return choices.get(seat).get(personId);
  }

  Map<String, BoolVar> holders(Seat seat) {
    return choices.get(seat);
  }

  /** The seats this person may hold, by start. */
  List<Seat> seatsOf(String personId) {
    return seatsByPerson.getOrDefault(personId, List.of());
  }

  Perfusionist person(String id) {
    return staff.get(id);
  }

  /** 1 when someone holds the seat. */
  LinearExpr filled(Seat seat) {
    return LinearExpr.sum(choices.get(seat).values().toArray(BoolVar[]::new));
  }

  /** The medium level: required seats nobody holds. */
  LinearExpr unfilledRequiredSeats() {
    LinearExprBuilder unfilled = LinearExpr.newBuilder();
    for (Seat seat : roster.getSeats()) {
      if (seat.getKind().isRequired()) {
        unfilled.add(1).addTerm(filled(seat), -1);
      }
    }
    return unfilled.build();
  }

  /** Starts the next solve from a solution. */
  void hint(java.util.function.Predicate<BoolVar> chosen) {
    model.clearHints();
    choices.values().forEach(holders -> holders.values().forEach(holds -> model.addHint(holds, chosen.test(holds))));
  }

  /** Reads the solver's choice back into the roster's seats. */
  void load(java.util.function.Predicate<BoolVar> chosen) {
    for (Map.Entry<Seat, Map<String, BoolVar>> seat : choices.entrySet()) {
      if (seat.getKey().isPinned()) {
        continue;
      }
      seat.getKey().setPerfusionist(seat.getValue().entrySet().stream()
          .filter(holder -> chosen.test(holder.getValue()))
          .map(holder -> person(holder.getKey()))
          .findFirst().orElse(null));
    }
  }
}
