package org.onpump.scheduler.replanning;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.onpump.scheduler.cases.CaseKey;
import org.onpump.scheduler.replanning.CaseSeatChanges.Causes;
import org.onpump.scheduler.roster.RosterSolver;
import org.onpump.scheduler.roster.SolvedRoster;
import org.springframework.stereotype.Component;

/**
 * Re-solves a department over the planning window with the full roster model (every seat of every case, first and
 * second call, the department's policy and holidays, everyone's credentials, time off and year so far), starting
 * from the stored roster, and stores what changed: case seats are announced as assignment changes, on-call changes
 * as one notice per person. People on cancelled cases, and on cases moved out of the window, are released. A roster
 * that breaks a hard rule is never stored.
 */
@Component
class RosterUpdate {

  static final String SOURCE = "onpump-scheduler";

  private final StoredRosters rosters;
  private final CaseSeatChanges caseSeats;
  private final OnCallChanges onCall;
  private final RosterSolver solver;
  private final PlanningProperties window;
  private final Clock clock;
  private final Counter infeasible;

  RosterUpdate(StoredRosters rosters, CaseSeatChanges caseSeats, OnCallChanges onCall, RosterSolver solver,
      PlanningProperties window, Clock clock, MeterRegistry meters) {
    this.rosters = rosters;
    this.caseSeats = caseSeats;
    this.onCall = onCall;
    this.solver = solver;
    this.window = window;
    this.clock = clock;
    this.infeasible = Counter.builder("onpump.roster.infeasible")
        .description("Solved rosters refused because they broke a hard rule").register(meters);
  }

  /**
   * @param causes the event that last changed each case; other changes are put down to {@code lastCause}
   * @return how many seats changed (case seats announced, on-call seats stored)
   */
  int replan(String departmentId, Map<CaseKey, UUID> causes, UUID lastCause) {
    Instant now = clock.instant();
    Instant from = now.minus(window.lookback());
    Instant to = now.plus(window.horizon());
    Causes why = new Causes(causes, lastCause);
    StoredRoster stored = rosters.load(departmentId, from, to, now);
    int changes = caseSeats.releaseOffTheRoster(departmentId, stored.staff(), why, from, to, now);
    if (!stored.hasSeats()) {
      return changes;
    }
    SolvedRoster solved = solver.solve(departmentId, stored.roster());
    if (!solved.isFeasible()) {
      // Unreachable while the solver empties unsafe seats; if it ever happens, roll back rather than store.
      infeasible.increment();
      throw new IllegalStateException("department " + departmentId + ": the solved roster breaks a hard rule ("
          + solved.score() + "); nothing is stored");
    }
    changes += caseSeats.storeSolved(stored, solved, why, now);
    changes += onCall.storeSolved(stored, solved, lastCause, now);
    return changes;
  }
}
