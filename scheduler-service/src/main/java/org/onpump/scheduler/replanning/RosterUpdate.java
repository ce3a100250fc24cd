package org.onpump.scheduler.replanning;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.onpump.scheduler.cases.PumpCaseRepository;
import org.onpump.scheduler.replanning.CaseSeatChanges.Causes;
import org.onpump.scheduler.replanning.DepartmentPlans.PlanLease;
import org.onpump.scheduler.roster.DepartmentRoster;
import org.onpump.scheduler.roster.RosterSolver;
import org.onpump.scheduler.roster.Seat;
import org.onpump.scheduler.roster.SolvedRoster;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Replans a department whose events were applied: the roster as stored (every seat of every case, first and second
 * call, the department's policy and holidays, everyone's credentials, time off and year so far) is handed to the
 * solver, and what changed is stored and announced in one transaction: case seats as assignment changes, on-call
 * changes as one notice per person. People on cancelled cases, and on cases moved out of the window, are released.
 * Nothing is stored unless this instance still owns the department, and a roster that breaks a hard rule never is.
 */
@Component
class RosterUpdate {

  static final String SOURCE = "onpump-scheduler";
  private static final Logger log = LoggerFactory.getLogger(RosterUpdate.class);

  private final StoredRosters rosters;
  private final CaseSeatChanges caseSeats;
  private final OnCallChanges onCall;
  private final RosterSolver solver;
  private final PumpCaseRepository cases;
  private final DepartmentPlans plans;
  private final DepartmentOwnership ownership;
  private final PlanningProperties planning;
  private final Clock clock;
  private final Counter infeasible;
  private final Counter fenced;

  RosterUpdate(StoredRosters rosters, CaseSeatChanges caseSeats, OnCallChanges onCall, RosterSolver solver,
      PumpCaseRepository cases, DepartmentPlans plans, DepartmentOwnership ownership, PlanningProperties planning,
      Clock clock, MeterRegistry meters) {
    this.rosters = rosters;
    this.caseSeats = caseSeats;
    this.onCall = onCall;
    this.solver = solver;
    this.cases = cases;
    this.plans = plans;
    this.ownership = ownership;
    this.planning = planning;
    this.clock = clock;
    this.infeasible = Counter.builder("onpump.roster.infeasible")
        .description("Solved rosters refused because they broke a hard rule").register(meters);
    this.fenced = Counter.builder("onpump.roster.fenced")
        .description("Replannings dropped because another instance owns the department now").register(meters);
  }

  /** Replans the department if events changed it since its last replanning; returns the seats changed. */
  @Transactional
  public int replan(String departmentId) {
    Optional<PlanLease> lease = ownedLease(departmentId);
    if (lease.isEmpty() || !lease.get().dirty()) {
      return 0;
    }
    Instant now = clock.instant();
    Instant from = now.minus(planning.lookback());
    Instant to = now.plus(planning.horizon());
    Causes why = new Causes(cases.pendingCauses(departmentId), lease.get().dirtyCause());
    StoredRoster stored = rosters.load(departmentId, from, to, now);
    int changes = caseSeats.releaseOffTheRoster(departmentId, stored.staff(), why, from, to, now);
    if (stored.hasSeats()) {
      SolvedRoster solved = planning.mode() == PlanningProperties.Mode.REPRODUCIBLE
          ? solver.solveReproducibly(departmentId, stored.roster())
          : solver.repairLive(departmentId, stored.roster());
      changes += store(stored, solved, why, now);
    }
    cases.replanned(departmentId);
    plans.planned(departmentId, now);
    log.info("Department {} replanned: {} seat changes", departmentId, changes);
    return changes;
  }

  /**
   * Stores what the live plan found since the last replanning, when nothing newer waits to be applied and the
   * plan covers exactly the stored seats; returns the seats changed.
   */
  @Transactional
  public int storeImprovement(String departmentId) {
    Optional<PlanLease> lease = ownedLease(departmentId);
    Optional<DepartmentRoster> best = solver.liveBest(departmentId);
    if (lease.isEmpty() || lease.get().dirty() || best.isEmpty()) {
      return 0;
    }
    Instant now = clock.instant();
    StoredRoster stored = rosters.load(departmentId, now.minus(planning.lookback()), now.plus(planning.horizon()),
        now);
    if (!seatIds(stored.roster()).equals(seatIds(best.get()))) {
      return 0;
    }
    SolvedRoster solved = solver.safe(departmentId, best.get());
    int changes = store(stored, solved, new Causes(Map.of(), lease.get().dirtyCause()), now);
    if (changes > 0) {
      log.info("Department {}: the live plan improved the roster; {} seat changes", departmentId, changes);
    }
    return changes;
  }

  private int store(StoredRoster stored, SolvedRoster solved, Causes why, Instant now) {
    if (!solved.isFeasible()) {
      // Unreachable while the solver empties unsafe seats; if it ever happens, roll back rather than store.
      infeasible.increment();
      throw new IllegalStateException("department " + stored.departmentId() + ": the solved roster breaks a hard "
          + "rule (" + solved.score() + "); nothing is stored");
    }
    return caseSeats.storeSolved(stored, solved, why, now) + onCall.storeSolved(stored, solved, why.last(), now);
  }

  private Optional<PlanLease> ownedLease(String departmentId) {
    Optional<PlanLease> lease = plans.lock(departmentId);
    if (lease.isPresent() && !ownership.holds(lease.get())) {
      fenced.increment();
      log.info("Department {} is planned by {} now; nothing stored here", departmentId, lease.get().owner());
      return Optional.empty();
    }
    return lease;
  }

  private static Set<String> seatIds(DepartmentRoster roster) {
    return roster.getSeats().stream().map(Seat::getId).collect(Collectors.toSet());
  }
}
