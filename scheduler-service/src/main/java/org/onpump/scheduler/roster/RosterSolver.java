package org.onpump.scheduler.roster;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.onpump.scheduler.cases.CaseKey;
import org.onpump.scheduler.cases.PumpCase;
import org.onpump.scheduler.staff.Perfusionist;
import org.optaplanner.core.api.solver.SolutionManager;
import org.optaplanner.core.api.solver.SolverManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/** Solves who runs the pump on each of a department's planned cases, starting from the current assignments. */
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

  /**
   * @param currentPrimaries who holds each case's seat now; a started case keeps its holder
   */
  public SolvedRoster solve(String departmentId, List<PumpCase> cases, List<Perfusionist> staff,
      Map<CaseKey, String> currentPrimaries) {
    Map<String, Perfusionist> staffById = staff.stream()
        .collect(Collectors.toMap(Perfusionist::id, Function.identity()));
    List<CaseSeat> seats = cases.stream().map(c -> {
      String current = currentPrimaries.get(c.key());
      Perfusionist holder = current == null ? null : staffById.get(current);
      // A started case is pinned to its holder; one that started with nobody on it must still be filled.
      CaseSeat seat = new CaseSeat(c.key(), c.requiredCompetency(), c.expectedStart(), c.expectedEnd(), current,
          c.pinned() && holder != null);
      seat.setPerfusionist(holder);
      return seat;
    }).toList();
    DepartmentRoster solved = solveTimer.record(() -> solve(departmentId, new DepartmentRoster(staff, seats)));
    if (solved.getScore() == null || !solved.getScore().isFeasible()) {
      int released = unsafeSeats.release(solved);
      releasedSeats.increment(released);
      log.warn("Department {}: the solve ended with a hard rule broken; {} seats emptied, score now {}",
          departmentId, released, solved.getScore());
    }
    Map<CaseKey, Perfusionist> primaries = new HashMap<>();
    solved.getSeats().forEach(seat -> primaries.put(seat.getCaseKey(), seat.getPerfusionist()));
    return new SolvedRoster(primaries, solved.getScore());
  }

  private DepartmentRoster solve(String departmentId, DepartmentRoster problem) {
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
