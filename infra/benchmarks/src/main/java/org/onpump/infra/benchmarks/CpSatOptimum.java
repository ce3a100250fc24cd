package org.onpump.infra.benchmarks;

import com.google.ortools.Loader;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.LinearExpr;
import java.util.Optional;
import org.onpump.scheduler.roster.DepartmentRoster;
import org.onpump.scheduler.roster.Seat;
import org.optaplanner.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;

/**
 * The exact optimum of OnPump's model from OR-Tools CP-SAT: hard score held at 0, then the fewest required seats
 * unfilled, then the best soft score (the order of HardMediumSoftScore).
 * The roster CP-SAT returns is scored again by OptaPlanner; the two scores must be equal, which is the proof that
 * the two models are the same. A difference stops the benchmark.
 */
final class CpSatOptimum {

  /**
   * @param status OPTIMAL (proved), FEASIBLE (time ran out), or why there is no roster
   * @param score what the CP-SAT model says the roster scores; {@code optaPlannerScore} what OnPump says
   * @param softBound when the soft level was not proved: no roster with as many seats filled scores better
   */
  record Result(String status, long millis, HardMediumSoftScore score, HardMediumSoftScore optaPlannerScore,
      Long softBound, int variables, int constraints, DepartmentRoster roster) {

    boolean optimal() {
      return status.equals(CpSolverStatus.OPTIMAL.name());
    }
  }

  private CpSatOptimum() {
  }

  /** The CP-SAT model of a roster, its medium level and its soft goals. */
  private record Built(CpSatModel cp, LinearExpr unfilled, CpSatGoals.Soft soft) {

    static Built of(DepartmentRoster roster) {
      Loader.loadNativeLibraries();
      ModelConstants constants = ModelConstants.read();
      CpSatModel cp = new CpSatModel(roster);
      CpSatSafety.addTo(cp, constants);
      return new Built(cp, cp.unfilledRequiredSeats(), CpSatGoals.of(cp, constants));
    }

    HardMediumSoftScore score(CpSolver solver) {
      long soft = solver.value(this.soft.rewards()) - solver.value(this.soft.penalties());
      return HardMediumSoftScore.of(0, Math.toIntExact(-solver.value(unfilled)), Math.toIntExact(soft));
    }
  }

  /**
   * How the CP-SAT model judges the roster as it stands: its score, or empty when the model rules the roster out
   * (OptaPlanner should then find a hard rule broken). Tests use it to compare the two models on many rosters.
   */
  static Optional<HardMediumSoftScore> judge(DepartmentRoster roster) {
    Built built = Built.of(roster);
    for (Seat seat : roster.getSeats()) {
      String holder = seat.getPerfusionist() == null ? null : seat.getPerfusionist().id();
      if (holder != null && built.cp().holds(seat, holder) == null) {
        return Optional.empty();
      }
      built.cp().holders(seat).forEach((id, holds) -> built.cp().model.addEquality(holds, id.equals(holder) ? 1 : 0));
    }
    CpSolver solver = new CpSolver();
    solver.getParameters().setMaxTimeInSeconds(10).setNumWorkers(1);
    CpSolverStatus status = solver.solve(built.cp().model);
    if (status == CpSolverStatus.INFEASIBLE) {
      return Optional.empty();
    }
    if (status != CpSolverStatus.OPTIMAL && status != CpSolverStatus.FEASIBLE) {
      throw new IllegalStateException("CP-SAT could not judge a fixed roster: " + status);
    }
    return Optional.of(built.score(solver));
  }

  /**
   * Lexicographic, in two solves: the fewest required seats unfilled (hard rules held), then, with that many, the
   * best soft score, starting from the first solve's roster. The time limit covers both; the result is OPTIMAL only
   * when both were proved.
   */
  static Result solve(DepartmentRoster roster, RosterScoring scoring, int seconds, int workers) {
    Built built = Built.of(roster);
    CpSatModel cp = built.cp();
    long started = System.nanoTime();
    long deadline = started + seconds * 1_000_000_000L;
    int variables = cp.model.getBuilder().getVariablesCount();
    int constraints = cp.model.getBuilder().getConstraintsCount();

    cp.model.minimize(built.unfilled());
    CpSolver fewest = solver(deadline, workers);
    CpSolverStatus fewestStatus = fewest.solve(cp.model);
    if (fewestStatus != CpSolverStatus.OPTIMAL && fewestStatus != CpSolverStatus.FEASIBLE) {
      return new Result(fewestStatus.name(), millisSince(started), null, null, null, variables, constraints, null);
    }
    long unfilled = fewest.value(built.unfilled());
    cp.model.addEquality(built.unfilled(), unfilled);
    cp.hint(fewest::booleanValue);
    CpSatGoals.Soft soft = built.soft();
    cp.model.minimize(LinearExpr.newBuilder().add(soft.penalties()).addTerm(soft.rewards(), -1).build());
    CpSolver best = solver(deadline, workers);
    CpSolverStatus bestStatus = best.solve(cp.model);
    CpSolver answer = bestStatus == CpSolverStatus.OPTIMAL || bestStatus == CpSolverStatus.FEASIBLE ? best : fewest;
    boolean proved = fewestStatus == CpSolverStatus.OPTIMAL && bestStatus == CpSolverStatus.OPTIMAL;
    long millis = millisSince(started);

    HardMediumSoftScore score = built.score(answer);
    cp.load(answer::booleanValue);
    HardMediumSoftScore optaPlanner = scoring.score(roster);
    if (!score.equals(optaPlanner)) {
      throw new IllegalStateException("CP-SAT and OptaPlanner disagree on the same roster: CP-SAT " + score
          + ", OptaPlanner " + optaPlanner + " - the CP-SAT model no longer matches the roster model. "
          + "Breaches by rule: " + scoring.hardBreaches(roster));
    }
    Long softBound = proved || answer != best ? null : (long) Math.floor(-best.bestObjectiveBound());
    return new Result((proved ? CpSolverStatus.OPTIMAL : CpSolverStatus.FEASIBLE).name(), millis, score,
        optaPlanner, softBound, variables, constraints, roster);
  }

  private static CpSolver solver(long deadline, int workers) {
    CpSolver solver = new CpSolver();
    double seconds = Math.max(0.1, (deadline - System.nanoTime()) / 1e9);
    solver.getParameters().setMaxTimeInSeconds(seconds).setNumWorkers(workers)
        .setLogSearchProgress(Boolean.getBoolean("onpump.cpsat.log")).setLogToStdout(false);
    if (Boolean.getBoolean("onpump.cpsat.log")) {
      solver.setLogCallback(System.err::println);
    }
    String extra = System.getProperty("onpump.cpsat.params", "");
    try {
      com.google.protobuf.TextFormat.merge(extra, solver.getParameters());
    } catch (com.google.protobuf.TextFormat.ParseException e) {
      throw new IllegalArgumentException("onpump.cpsat.params is not CP-SAT parameters in text form: " + extra, e);
    }
    return solver;
  }

  private static long millisSince(long started) {
    return (System.nanoTime() - started) / 1_000_000;
  }
}
