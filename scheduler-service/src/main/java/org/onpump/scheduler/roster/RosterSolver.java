package org.onpump.scheduler.roster;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.concurrent.ExecutionException;
import org.optaplanner.core.api.solver.SolutionManager;
import org.optaplanner.core.api.solver.SolverManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/** Solves a department's roster (every seat of its cases and on-call), starting from whoever holds each seat now. */
@Service
public class RosterSolver {

  private static final Logger log = LoggerFactory.getLogger(RosterSolver.class);

  private final SolverManager<DepartmentRoster, String> solverManager;
  private final UnsafeSeats unsafeSeats;
  private final Timer solveTimer;
  private final Counter releasedSeats;

  RosterSolver(SolverManager<DepartmentRoster, String> solverManager, MeterRegistry meters) {
    this.solverManager = solverManager;
    this.unsafeSeats = new UnsafeSeats(SolutionManager.create(solverManager));
    this.releasedSeats = Counter.builder("onpump.roster.unsafe.seats.released")
        .description("Seats emptied after a solve because their holder broke a hard rule")
        .register(meters);
    this.solveTimer = Timer.builder("onpump.roster.solve")
        .description("Time to solve one department's assignments")
        .register(meters);
  }

  /** Solves the department's roster, starting from whoever holds each seat now. */
  public SolvedRoster solve(String departmentId, DepartmentRoster problem) {
    DepartmentRoster solved = solveTimer.record(() -> solveToEnd(departmentId, problem));
    if (solved.getScore() == null || !solved.getScore().isFeasible()) {
      int released = unsafeSeats.release(solved);
      releasedSeats.increment(released);
      log.warn("Department {}: the solve ended with a hard rule broken; {} seats emptied, score now {}",
          departmentId, released, solved.getScore());
    }
    return SolvedRoster.of(solved);
  }

  private DepartmentRoster solveToEnd(String departmentId, DepartmentRoster problem) {
    try {
      return solverManager.solve(departmentId, problem).getFinalBestSolution();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while solving department " + departmentId, e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("solving department " + departmentId + " failed", e.getCause());
    }
  }
}
