package org.onpump.infra.benchmarks;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.onpump.scheduler.roster.DepartmentRoster;
import org.onpump.scheduler.roster.Seat;
import org.onpump.scheduler.roster.generator.DepartmentGenerator;
import org.onpump.scheduler.roster.generator.DepartmentSize;

/**
 * The roster benchmark (docs/benchmarks.md): per department size, side by side in one process, OnPump's solver, a
 * manager's greedy roster, the exact optimum from CP-SAT on S and a long run on M; a table on stdout, the same
 * figures as JSON, and each target of the issue with PASS or MISS. A missed target is reported, not fatal; the run
 * fails (exit 3) only when CP-SAT and OnPump disagree on the model.
 */
public final class RosterBenchmark {

  private RosterBenchmark() {
  }

  public static void main(String[] args) throws Exception {
    BenchmarkOptions options;
    try {
      options = BenchmarkOptions.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.exit(1);
      return;
    }
    RosterScoring scoring = new RosterScoring();
    if (options.warmUpSeconds() > 0) {
      // The first solve in a JVM runs interpreted code until the JIT compiles it; no size should pay for that.
      System.err.println("warming up the JVM: OnPump on XS for " + options.warmUpSeconds() + " s");
      SolverRun.solve(DepartmentGenerator.generate(DepartmentSize.XS, options.seed()),
          Duration.ofSeconds(options.warmUpSeconds()));
    }
    List<SizeResult> results = new ArrayList<>();
    for (DepartmentSize size : options.sizes()) {
      results.add(run(size, options, scoring));
    }
    List<Target> targets = Target.evaluate(results, options);
    ResultTable.print(System.out, results, targets, options);
    ResultJson.write(options.out(), results, targets, options);
    System.out.println("JSON: " + options.out().toAbsolutePath().normalize());
    if (results.stream().anyMatch(result -> Target.modelMismatch(result).isPresent())) {
      System.exit(3);
    }
  }

  static SizeResult run(DepartmentSize size, BenchmarkOptions options, RosterScoring scoring) {
    long seed = options.seed();
    DepartmentRoster department = DepartmentGenerator.generate(size, seed);
    SizeResult.Department described = describe(department);
    progress(size, "department " + described);

    long started = System.nanoTime();
    DepartmentRoster greedyRoster = GreedyRoster.fill(department);
    long greedyMillis = (System.nanoTime() - started) / 1_000_000;
    SizeResult.Greedy greedy = new SizeResult.Greedy(scoring.score(greedyRoster), scoring.hardBreaches(greedyRoster),
        greedyMillis);
    progress(size, "greedy " + greedy.score());

    progress(size, "OnPump for " + options.seconds() + " s ...");
    SolverRun.Result onPump = SolverRun.solve(DepartmentGenerator.generate(size, seed),
        Duration.ofSeconds(options.seconds()));
    progress(size, "OnPump " + onPump.finalScore());

    CpSatOptimum.Result cpSat = null;
    if ((size == DepartmentSize.S || size == DepartmentSize.XS) && options.cpSatSeconds() > 0) {
      progress(size, "CP-SAT for up to " + options.cpSatSeconds() + " s ...");
      cpSat = CpSatOptimum.solve(DepartmentGenerator.generate(size, seed), scoring, options.cpSatSeconds(),
          options.cpSatWorkers());
      progress(size, "CP-SAT " + cpSat.status() + " " + cpSat.score() + ", OptaPlanner scores it "
          + cpSat.optaPlannerScore());
    }
    SolverRun.Result longRun = null;
    if (size == DepartmentSize.M && options.referenceMinutes() > 0) {
      progress(size, "reference run of " + options.referenceMinutes() + " min ...");
      longRun = SolverRun.solve(DepartmentGenerator.generate(size, seed),
          Duration.ofMinutes(options.referenceMinutes()));
      progress(size, "reference " + longRun.finalScore());
    }
    return new SizeResult(size, described, greedy, onPump, cpSat, longRun);
  }

  private static SizeResult.Department describe(DepartmentRoster roster) {
    List<Seat> seats = roster.getSeats();
    int cases = (int) seats.stream().map(seat -> seat.getSlot().caseKey()).filter(Objects::nonNull).distinct()
        .count();
    int required = (int) seats.stream().filter(seat -> seat.getKind().isRequired()).count();
    return new SizeResult.Department(roster.getPerfusionists().size(), cases, seats.size(), required,
        roster.getPumpMoments().size());
  }

  private static void progress(DepartmentSize size, String message) {
    System.err.println("[" + size + "] " + message);
  }
}
