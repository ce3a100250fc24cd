package org.onpump.scheduler.replanning;

import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.onpump.scheduler.replanning.CaseSeatChanges.Causes;
import org.onpump.scheduler.roster.BrokenRule;
import org.onpump.scheduler.roster.DepartmentRoster;
import org.onpump.scheduler.roster.Seat;
import org.onpump.scheduler.roster.SolvedRoster;
import org.onpump.scheduler.staff.Perfusionist;
import org.optaplanner.core.api.score.ScoreExplanation;
import org.optaplanner.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import org.optaplanner.core.api.solver.SolutionManager;
import org.optaplanner.core.api.solver.SolverManager;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A person's change to who holds seats (a manager's hand edit, an approved swap): judged by the solver's own hard
 * rules on the roster as stored, and stored, pinned and announced exactly as the planner's own changes are, or
 * refused with the rules it would break. The department's plan row is locked first, so the planner never stores
 * over an edit it has not seen; the department is then replanned around the pinned seats.
 */
@Component
public class HandEdits {

  private final StoredRosters rosters;
  private final CaseSeatChanges caseSeats;
  private final OnCallChanges onCall;
  private final DepartmentPlans plans;
  private final PlanningProperties planning;
  private final SolutionManager<DepartmentRoster, HardMediumSoftScore> solutions;
  private final JdbcClient jdbc;

  HandEdits(StoredRosters rosters, CaseSeatChanges caseSeats, OnCallChanges onCall, DepartmentPlans plans,
      PlanningProperties planning, SolverManager<DepartmentRoster, String> solverManager, JdbcClient jdbc) {
    this.rosters = rosters;
    this.caseSeats = caseSeats;
    this.onCall = onCall;
    this.plans = plans;
    this.planning = planning;
    this.solutions = SolutionManager.create(solverManager);
    this.jdbc = jdbc;
  }

  /** Who should hold a seat; {@code perfusionistId} null leaves it empty. */
  public record Edit(String seatId, String perfusionistId) {}

  /**
   * What the edits would do: {@code unknownSeat} / {@code unknownPerson} name what is not on the roster of the
   * planning window; otherwise the hard rules they would newly break (empty: allowed) and the score change.
   */
  public record Judgement(String unknownSeat, String unknownPerson, List<BrokenRule> broken, int hardChange,
      int mediumChange, int softChange) {

    public boolean allowed() {
      return unknownSeat == null && unknownPerson == null && broken.isEmpty();
    }
  }

  /** Judges the edits without storing anything. Call in a transaction. */
  public Judgement judge(String departmentId, List<Edit> edits, Instant now) {
    return judgeOn(load(departmentId, now), edits, now).judgement();
  }

  /** Judges the edits and, when they break no hard rule, stores, pins and announces them. Call in a transaction. */
  public Judgement apply(String departmentId, List<Edit> edits, Instant now) {
    plans.lock(departmentId);
    StoredRoster stored = load(departmentId, now);
    Judged judged = judgeOn(stored, edits, now);
    if (!judged.judgement().allowed()) {
      return judged.judgement();
    }
    UUID cause = UUID.randomUUID();
    SolvedRoster solved = new SolvedRoster(judged.holders(), judged.roster().getScore());
    caseSeats.storeSolved(stored, solved, new Causes(Map.of(), cause), now);
    onCall.storeSolved(stored, solved, cause, now);
    edits.forEach(edit -> pin(departmentId, edit.seatId(), true));
    plans.markDirty(departmentId, cause, now);
    return judged.judgement();
  }

  /** Locks the department's plan row until the transaction ends: the planner stores nothing meanwhile. */
  public void lockPlan(String departmentId) {
    plans.lock(departmentId);
  }

  /** Pins or frees a seat of the department; false when it has no such stored seat. */
  public boolean pin(String departmentId, String seatId, boolean pinned) {
    int cases = jdbc.sql("""
            UPDATE assignment SET pinned = :pinned
             WHERE department_id = :department AND hospital_id || '/' || case_id || '/' || role = :seat""")
        .param("pinned", pinned).param("department", departmentId).param("seat", seatId).update();
    int calls = jdbc.sql("""
            UPDATE on_call_seat SET pinned = :pinned WHERE department_id = :department AND seat_id = :seat""")
        .param("pinned", pinned).param("department", departmentId).param("seat", seatId).update();
    return cases + calls > 0;
  }

  /** Who holds a stored seat of the department now: empty when there is no such seat, or nobody holds it. */
  public Optional<String> holder(String departmentId, String seatId) {
    return jdbc.sql("""
            SELECT perfusionist_id FROM assignment
             WHERE department_id = :department AND hospital_id || '/' || case_id || '/' || role = :seat
            UNION ALL
            SELECT perfusionist_id FROM on_call_seat WHERE department_id = :department AND seat_id = :seat""")
        .param("department", departmentId).param("seat", seatId)
        .query((rs, n) -> Optional.ofNullable(rs.getString(1))).list().stream().findFirst().flatMap(h -> h);
  }

  private StoredRoster load(String departmentId, Instant now) {
    return rosters.load(departmentId, now.minus(planning.lookback()), now.plus(planning.horizon()), now);
  }

  private Judged judgeOn(StoredRoster stored, List<Edit> edits, Instant now) {
    if (!stored.hasSeats()) {
      return Judged.refused(new Judgement(edits.get(0).seatId(), null, List.of(), 0, 0, 0));
    }
    DepartmentRoster roster = stored.roster();
    Map<String, Seat> seats = new LinkedHashMap<>();
    roster.getSeats().forEach(seat -> seats.put(seat.getId(), seat));
    for (Edit edit : edits) {
      if (!seats.containsKey(edit.seatId())) {
        return Judged.refused(new Judgement(edit.seatId(), null, List.of(), 0, 0, 0));
      }
      if (edit.perfusionistId() != null && !stored.staff().containsKey(edit.perfusionistId())) {
        return Judged.refused(new Judgement(null, edit.perfusionistId(), List.of(), 0, 0, 0));
      }
    }
    BrokenRule.liftPinsNotBegun(roster, now);
    ScoreExplanation<DepartmentRoster, HardMediumSoftScore> before = solutions.explain(roster);
    for (Edit edit : edits) {
      Seat seat = seats.get(edit.seatId());
      Perfusionist person = edit.perfusionistId() == null ? null : stored.staff().get(edit.perfusionistId());
      seat.setPerfusionist(person);
      seat.setPinned(false);
    }
    ScoreExplanation<DepartmentRoster, HardMediumSoftScore> after = solutions.explain(roster);
    HardMediumSoftScore change = after.getScore().subtract(before.getScore());
    Map<String, Perfusionist> holders = new HashMap<>();
    roster.getSeats().forEach(seat -> holders.put(seat.getId(), seat.getPerfusionist()));
    // Refused: anything the edits newly break, and anything still broken on an edited seat or for an edited person.
    Set<String> seatsEdited = new HashSet<>();
    Set<String> peopleEdited = new HashSet<>();
    edits.forEach(edit -> {
      seatsEdited.add(edit.seatId());
      peopleEdited.add(edit.perfusionistId());
    });
    List<BrokenRule> brokenAfter = BrokenRule.in(after);
    LinkedHashSet<BrokenRule> refused = new LinkedHashSet<>(
        BrokenRule.newIn(BrokenRule.in(before), brokenAfter));
    brokenAfter.stream().filter(rule -> seatsEdited.contains(rule.seatId())
        || rule.perfusionistId() != null && peopleEdited.contains(rule.perfusionistId())).forEach(refused::add);
    Judgement judgement = new Judgement(null, null, List.copyOf(refused), change.hardScore(),
        change.mediumScore(), change.softScore());
    return new Judged(judgement, roster, holders);
  }

  private record Judged(Judgement judgement, DepartmentRoster roster, Map<String, Perfusionist> holders) {
    static Judged refused(Judgement judgement) {
      return new Judged(judgement, null, Map.of());
    }
  }
}
