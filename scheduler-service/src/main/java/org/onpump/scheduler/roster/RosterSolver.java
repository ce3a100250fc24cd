package org.onpump.scheduler.roster;

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
import org.optaplanner.core.api.solver.SolverManager;
import org.springframework.stereotype.Service;

/** Solves who runs the pump on each of a department's planned cases, starting from the current assignments. */
@Service
public class RosterSolver {

  private final SolverManager<DepartmentRoster, String> solverManager;
  private final Timer solveTimer;

  RosterSolver(SolverManager<DepartmentRoster, String> solverManager, MeterRegistry meters) {
    this.solverManager = solverManager;
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
      CaseSeat seat = new CaseSeat(c.key(), c.requiredCompetency(), c.expectedStart(), c.expectedEnd(), current,
          c.pinned());
      seat.setPerfusionist(current == null ? null : staffById.get(current));
      return seat;
    }).toList();
    DepartmentRoster solved = solveTimer.record(() -> solve(departmentId, new DepartmentRoster(staff, seats)));
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
