package org.onpump.infra.benchmarks;

import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.LinearExpr;
import com.google.ortools.sat.LinearExprBuilder;
import com.google.ortools.sat.Literal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.onpump.scheduler.department.DepartmentPolicy;
import org.onpump.scheduler.roster.PumpMoment;
import org.onpump.scheduler.roster.Seat;
import org.onpump.scheduler.roster.SeatKind;

/**
 * The hard rules of {@code TimelineRules} as CP-SAT constraints. Each rule there penalises a pair (or a moment) by
 * minutes of breach, so "hard score 0" means: no pair with a breach above zero shares a holder, and no moment has
 * more people occupied than it allows. The breach formulas are copied from TimelineRules, pair order included (the
 * earlier start first, then the smaller id), because the drive between hospitals may differ by direction.
 */
final class CpSatSafety {

  private final CpSatModel cp;
  private final DepartmentPolicy policy;
  private final int neighbourhood;

  private CpSatSafety(CpSatModel cp, int neighbourhood) {
    this.cp = cp;
    this.policy = cp.roster.getPolicy();
    this.neighbourhood = neighbourhood;
  }

  static void addTo(CpSatModel cp, ModelConstants constants) {
    CpSatSafety safety = new CpSatSafety(cp, constants.neighbourhoodMinutes());
    cp.roster.getPerfusionists().forEach(person -> safety.timeline(person.id()));
    safety.studentsWithACcp();
    safety.nPlusOne();
  }

  /** One pump at a time (travel included), on call once at a time, rest, and rest after a night on first call. */
  private void timeline(String personId) {
    List<Seat> seats = new ArrayList<>(cp.seatsOf(personId));
    seats.sort(Comparator.comparingInt(Seat::getStart).thenComparing(Seat::getId)); // TimelineRules' "comes first"
    int reach = Math.max(neighbourhood, policy.postCallRestMinutes());
    for (int i = 0; i < seats.size(); i++) {
      Seat one = seats.get(i);
      for (int j = i + 1; j < seats.size(); j++) {
        Seat other = seats.get(j);
        if (other.getStart() >= one.getEnd() + reach) {
          break; // no rule reaches that far, nor to any later seat
        }
        if (one.isPinned() && other.isPinned()) {
          continue;
        }
        if (breaks(one, other) || breaksPostCallRest(one, other) || breaksPostCallRest(other, one)) {
          cp.model.addBoolOr(new Literal[] {cp.holds(one, personId).not(), cp.holds(other, personId).not()});
        }
      }
    }
  }

  /** {@code one} comes first (start, then id); the pair rules only look a neighbourhood ahead. */
  private boolean breaks(Seat one, Seat other) {
    if (other.getStart() >= one.getEnd() + neighbourhood) {
      return false;
    }
    if (one.getKind().isWork() && other.getKind().isWork()) {
      return clashMinutes(one, other) > 0 || restBreachMinutes(one, other) > 0;
    }
    return one.getKind().isOnCall() && other.getKind().isOnCall() && overlapMinutes(one, other) > 0;
  }

  private boolean breaksPostCallRest(Seat call, Seat work) {
    return call.getKind() == SeatKind.FIRST_CALL && call.getSlot().night() && work.getKind().isWork()
        && postCallBreachMinutes(call, work) > 0;
  }

  /** A student's seat is held only when a CCP holds the primary or second seat of the same case. */
  private void studentsWithACcp() {
    for (Seat student : cp.roster.getSeats()) {
      if (student.getKind() != SeatKind.STUDENT || student.isPinned()) {
        continue;
      }
      LinearExprBuilder ccps = LinearExpr.newBuilder();
      for (Seat other : cp.roster.getSeats()) {
        if (other.getKind().isClinicalActivity()
            && Objects.equals(other.getSlot().caseKey(), student.getSlot().caseKey())) {
          for (Map.Entry<String, BoolVar> holder : cp.holders(other).entrySet()) {
            if (cp.person(holder.getKey()).isCcp()) {
              ccps.add(holder.getValue());
            }
          }
        }
      }
      cp.model.addLessOrEqual(cp.filled(student), ccps);
    }
  }

  /**
   * With N pumps running, one more perfusionist free: at each moment no more occupied than
   * {@link PumpMoment#shortfall} allows. The rule only sees a moment someone occupies, hence at least 0.
   */
  private void nPlusOne() {
    Map<PumpMoment, LinearExprBuilder> occupied = new LinkedHashMap<>();
    for (Seat seat : cp.roster.getSeats()) {
      if (seat.getKind().occupiesAPerfusionist()) {
        seat.getCoveredMoments().forEach(moment ->
            occupied.computeIfAbsent(moment, key -> LinearExpr.newBuilder()).add(cp.filled(seat)));
      }
    }
    occupied.forEach((moment, count) -> cp.model.addLessOrEqual(count, Math.max(0, -moment.shortfall(0))));
  }

  private int clashMinutes(Seat one, Seat other) {
    int travel = policy.travelBetweenHospitals()
        ? one.getSlot().hospital().travelMinutesTo(other.getSlot().hospital().id()) : 0;
    return Math.min(one.getEnd(), other.getEnd()) + travel - Math.max(one.getStart(), other.getStart());
  }

  private static int overlapMinutes(Seat one, Seat other) {
    return Math.min(one.getEnd(), other.getEnd()) - Math.max(one.getStart(), other.getStart());
  }

  private int restBreachMinutes(Seat one, Seat other) {
    Seat first = one.getStart() <= other.getStart() ? one : other;
    Seat second = first == one ? other : one;
    int gap = second.getStart() - first.getEnd();
    int stretch = Math.max(first.getEnd(), second.getEnd()) - first.getStart();
    return gap < policy.restMinutes() ? Math.max(0, stretch - policy.maxWorkMinutes()) : 0;
  }

  private int postCallBreachMinutes(Seat call, Seat work) {
    int restEnd = call.getEnd() + policy.postCallRestMinutes();
    return Math.max(0, Math.min(restEnd, work.getEnd()) - Math.max(call.getEnd(), work.getStart()));
  }
}
