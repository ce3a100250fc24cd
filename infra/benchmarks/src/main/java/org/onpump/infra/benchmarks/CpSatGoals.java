package org.onpump.infra.benchmarks;

import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.IntVar;
import com.google.ortools.sat.LinearArgument;
import com.google.ortools.sat.LinearExpr;
import com.google.ortools.sat.LinearExprBuilder;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;
import org.onpump.scheduler.roster.ActivityTarget;
import org.onpump.scheduler.roster.Seat;
import org.onpump.scheduler.roster.SeatKind;
import org.onpump.scheduler.roster.Slot;
import org.onpump.scheduler.staff.Perfusionist;
import org.onpump.scheduler.staff.YearToDate;

/**
 * The soft goals of {@code Goals}, term for term and weight for weight, as CP-SAT expressions: penalties and
 * rewards kept apart so that soft score = rewards - penalties, exactly as OptaPlanner adds them up. Squares,
 * minimums and maximums are tied to their arguments by equalities, so the expressions equal the score in every
 * solution, not only in an optimal one.
 */
final class CpSatGoals {

  private final CpSatModel cp;
  private final ModelConstants weights;
  private final LinearExprBuilder penalties = LinearExpr.newBuilder();
  private final LinearExprBuilder rewards = LinearExpr.newBuilder();

  private CpSatGoals(CpSatModel cp, ModelConstants weights) {
    this.cp = cp;
    this.weights = weights;
  }

  /** The goals' penalties and rewards. */
  record Soft(LinearExpr penalties, LinearExpr rewards) {
  }

  static Soft of(CpSatModel cp, ModelConstants weights) {
    CpSatGoals goals = new CpSatGoals(cp, weights);
    for (Perfusionist person : cp.roster.getPerfusionists()) {
      goals.fairShare(person, Slot::night, YearToDate::nights);
      goals.fairShare(person, Slot::weekend, YearToDate::weekends);
      goals.fairShare(person, Slot::holiday, YearToDate::holidays);
      goals.contractHours(person);
      goals.seatByPerson(person);
    }
    cp.roster.getActivityTargets().forEach(goals::towardTarget);
    cp.roster.getSeats().forEach(goals::stability);
    return new Soft(goals.penalties.build(), goals.rewards.build());
  }

  /** n(n + 2y) for n counted seats this period and y so far this year. */
  private void fairShare(Perfusionist person, Predicate<Slot> counted, ToIntFunction<YearToDate> soFar) {
    List<BoolVar> held = held(person, seat -> counted.test(seat.getSlot()));
    if (held.isEmpty()) {
      return;
    }
    int most = held.size();
    long before = soFar.applyAsInt(person.yearToDate());
    IntVar count = cp.model.newIntVar(0, most, "count");
    cp.model.addEquality(count, LinearExpr.sum(held.toArray(BoolVar[]::new)));
    IntVar square = cp.model.newIntVar(0, (long) most * most, "square");
    cp.model.addMultiplicationEquality(square, count, count);
    for (long k = 0; k < most; k++) {
      // n^2 >= (2k + 1) n - k(k + 1), tight at n = k and k + 1: redundant, but gives the LP the convex hull.
      cp.model.addGreaterOrEqual(square, LinearExpr.newBuilder().addTerm(count, 2 * k + 1).add(-k * (k + 1)).build());
    }
    penalties.addTerm(square, weights.fairness()).addTerm(count, 2 * before * weights.fairness());
  }

  /** Per week: a reward for each minute toward the contract, a double penalty for each minute beyond it. */
  private void contractHours(Perfusionist person) {
    Map<Integer, LinearExprBuilder> minutes = new TreeMap<>();
    Map<Integer, Long> most = new TreeMap<>();
    for (Seat seat : cp.seatsOf(person.id())) {
      if (seat.getKind().isWork()) {
        minutes.computeIfAbsent(seat.getSlot().week(), week -> LinearExpr.newBuilder())
            .addTerm(cp.holds(seat, person.id()), seat.getMinutes());
        most.merge(seat.getSlot().week(), (long) seat.getMinutes(), Long::sum);
      }
    }
    long contract = person.contractMinutesPerWeek();
    for (Map.Entry<Integer, LinearExprBuilder> week : minutes.entrySet()) {
      long worst = most.get(week.getKey());
      LinearExpr worked = week.getValue().build();
      IntVar over = cp.model.newIntVar(0, Math.max(0, worst - contract), "over");
      cp.model.addMaxEquality(over, new LinearArgument[] {
          LinearExpr.newBuilder().add(worked).add(-contract).build(), LinearExpr.constant(0)});
      IntVar toward = cp.model.newIntVar(0, Math.min(worst, contract), "toward");
      cp.model.addMinEquality(toward, new LinearArgument[] {worked, LinearExpr.constant(contract)});
      cp.model.addGreaterOrEqual(over, LinearExpr.newBuilder().add(worked).add(-contract).build()); // for the LP
      cp.model.addLessOrEqual(toward, worked);
      penalties.addTerm(over, weights.overContract());
      rewards.addTerm(toward, weights.contract());
    }
  }

  /** Preferences (each of the three is its own goal) and a board-eligible primary on a complex case. */
  private void seatByPerson(Perfusionist person) {
    var preferences = person.preferences();
    for (Seat seat : cp.seatsOf(person.id())) {
      Slot slot = seat.getSlot();
      int unwanted = (preferences.daysOff().contains(slot.day().getDayOfWeek()) ? 1 : 0)
          + (slot.night() && preferences.avoidsNights() ? 1 : 0)
          + (!preferences.preferredHospitals().isEmpty()
              && !preferences.preferredHospitals().contains(slot.hospital().id()) ? 1 : 0);
      long weight = (long) unwanted * weights.preference();
      if (seat.getKind() == SeatKind.PRIMARY && slot.complex() && person.isBoardEligible()) {
        weight += weights.complexCase();
      }
      if (weight > 0) {
        penalties.addTerm(cp.holds(seat, person.id()), weight);
      }
    }
  }

  /** min(count, needed) activities toward what the person still needs. */
  private void towardTarget(ActivityTarget target) {
    List<BoolVar> held = held(target.perfusionist(), seat -> target.kind().countedBy(seat.getSlot()));
    if (held.isEmpty()) {
      return;
    }
    long most = Math.min(held.size(), target.needed());
    IntVar counted = cp.model.newIntVar(0, most, "counted");
    cp.model.addMinEquality(counted, new LinearArgument[] {
        LinearExpr.sum(held.toArray(BoolVar[]::new)), LinearExpr.constant(target.needed())});
    cp.model.addLessOrEqual(counted, LinearExpr.sum(held.toArray(BoolVar[]::new))); // for the LP
    rewards.addTerm(counted, weights.activity());
  }

  /** A published seat given to someone else, or to nobody. */
  private void stability(Seat seat) {
    if (seat.getPublishedHolderId() == null) {
      return;
    }
    penalties.add(weights.stability());
    BoolVar kept = cp.holds(seat, seat.getPublishedHolderId());
    if (kept != null) {
      penalties.addTerm(kept, -weights.stability());
    }
  }

  private List<BoolVar> held(Perfusionist person, Predicate<Seat> counted) {
    return cp.seatsOf(person.id()).stream().filter(counted).map(seat -> cp.holds(seat, person.id())).toList();
  }
}
