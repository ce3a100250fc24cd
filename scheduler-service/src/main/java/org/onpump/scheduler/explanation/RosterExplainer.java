package org.onpump.scheduler.explanation;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.onpump.scheduler.replanning.StoredRoster;
import org.onpump.scheduler.replanning.StoredRosters;
import org.onpump.scheduler.roster.DepartmentRoster;
import org.onpump.scheduler.roster.Minutes;
import org.onpump.scheduler.roster.Seat;
import org.onpump.scheduler.staff.Perfusionist;
import org.optaplanner.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import org.optaplanner.core.api.solver.SolutionManager;
import org.optaplanner.core.api.solver.SolverManager;
import org.springframework.stereotype.Service;

/**
 * Explains a department's stored roster with the solver's own rules: the roster is rebuilt as stored, with every
 * seat held by its current holder, and scored (never solved). For one seat, every other person is tried in it in
 * turn, so that "why this person" is answered by what everyone else would cost or break.
 */
@Service
class RosterExplainer {

  private final StoredRosters rosters;
  private final SolutionManager<DepartmentRoster, HardMediumSoftScore> solutions;
  private final Clock clock;

  RosterExplainer(StoredRosters rosters, SolverManager<DepartmentRoster, String> solverManager, Clock clock) {
    this.rosters = rosters;
    this.solutions = SolutionManager.create(solverManager);
    this.clock = clock;
  }

  RosterExplanation explainRoster(String departmentId, Instant from, Instant to) {
    StoredRoster stored = rosters.load(departmentId, from, to, clock.instant());
    if (!stored.hasSeats()) {
      return new RosterExplanation(departmentId, from, to, RosterScore.ZERO, true, 0, 0, List.of(),
          people(stored.staff(), Map.of()));
    }
    DepartmentRoster roster = stored.roster();
    RuleTotals totals = new RuleTotals(solutions.explain(roster));
    int filled = (int) roster.getSeats().stream().filter(seat -> seat.getPerfusionist() != null).count();
    return new RosterExplanation(departmentId, from, to, totals.total(), roster.getScore().isFeasible(),
        roster.getSeats().size(), filled, totals.rules(), people(stored.staff(), totals.byPerson()));
  }

  /** Empty when the seat is not on the department's roster of {@code [from, to)}. */
  Optional<SeatExplanation> explainSeat(String departmentId, String seatId, Instant from, Instant to) {
    StoredRoster stored = rosters.load(departmentId, from, to, clock.instant());
    if (!stored.hasSeats()) {
      return Optional.empty();
    }
    DepartmentRoster roster = stored.roster();
    Optional<Seat> found = roster.getSeats().stream().filter(seat -> seat.getId().equals(seatId)).findFirst();
    if (found.isEmpty()) {
      return Optional.empty();
    }
    Seat seat = found.get();
    RuleTotals current = new RuleTotals(solutions.explain(roster));
    Perfusionist holder = seat.getPerfusionist();
    List<SeatAlternative> alternatives = new ArrayList<>();
    try {
      for (Perfusionist candidate : roster.getPerfusionists()) {
        if (!candidate.equals(holder)) {
          alternatives.add(tryIn(roster, seat, candidate, current));
        }
      }
      if (holder != null) {
        alternatives.add(tryIn(roster, seat, null, current));
      }
    } finally {
      seat.setPerfusionist(holder);
    }
    alternatives.sort(Comparator.comparing(SeatAlternative::eligible).reversed()
        .thenComparing(SeatAlternative::scoreDifference, RosterScore.BEST_FIRST));
    return Optional.of(new SeatExplanation(departmentId, seatId, seat.getKind().name(),
        seat.getSlot().hospital().id(), seat.getSlot().caseKey() == null ? null : seat.getSlot().caseKey().caseId(),
        Minutes.toInstant(seat.getStart()), Minutes.toInstant(seat.getEnd()), seat.isPinned(),
        holder == null ? null : holder.id(), holder == null ? null : holder.displayName(), current.total(),
        current.involving(seatId), alternatives));
  }

  private SeatAlternative tryIn(DepartmentRoster roster, Seat seat, Perfusionist candidate, RuleTotals current) {
    seat.setPerfusionist(candidate);
    RuleTotals changed = new RuleTotals(solutions.explain(roster));
    List<RuleScore> changes = current.changesTo(changed);
    return new SeatAlternative(candidate == null ? null : candidate.id(),
        candidate == null ? null : candidate.displayName(),
        candidate == null || seat.getEligible().contains(candidate),
        changed.total().minus(current.total()), changed.total().hard() >= 0,
        changes.stream().filter(change -> change.score().breaksARule()).map(RuleScore::rule).toList(), changes);
  }

  /** Everyone on the staff, with their share (zero for people no rule names), in id order. */
  private static List<PersonScore> people(Map<String, Perfusionist> staff, Map<String, List<RuleScore>> byPerson) {
    return staff.values().stream()
        .sorted(Comparator.comparing(Perfusionist::id))
        .map(person -> {
          List<RuleScore> rules = byPerson.getOrDefault(person.id(), List.of());
          RosterScore total = rules.stream().map(RuleScore::score).reduce(RosterScore.ZERO, RosterScore::plus);
          return new PersonScore(person.id(), person.displayName(), total, rules);
        })
        .toList();
  }
}
