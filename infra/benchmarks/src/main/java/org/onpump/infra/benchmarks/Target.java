package org.onpump.infra.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.onpump.scheduler.roster.generator.DepartmentSize;
import org.optaplanner.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;

/** One target of issue 3 with its verdict (PASS, MISS, or NOT RUN when its size was not benchmarked) and figure. */
record Target(String name, String verdict, String figure) {

  static final long ONE_GIB = 1L << 30;

  static List<Target> evaluate(List<SizeResult> results, BenchmarkOptions options) {
    List<Target> targets = new ArrayList<>();
    long at10 = Math.min(10, options.seconds()) * 1000L;
    long at60 = Math.min(60, options.seconds()) * 1000L;
    targets.add(on(results, DepartmentSize.S, "S reaches the CP-SAT optimum (gap 0) within 10 s", result -> {
      if (result.cpSat() == null || result.cpSat().score() == null) {
        return miss("CP-SAT not run or found no roster");
      }
      HardMediumSoftScore onPump = result.onPump().scoreAt(at10);
      Gap gap = Gap.between(onPump, result.cpSat().score());
      String figure = "gap at " + at10 / 1000 + " s " + gap + " (" + onPump + " vs " + result.cpSat().score() + ")";
      if (!result.cpSat().optimal()) {
        return miss(figure + "; CP-SAT did not prove its roster optimal");
      }
      return verdict(gap != null && gap.isZero(), figure);
    }));
    targets.add(on(results, DepartmentSize.M, "M has no hard violation within 10 s",
        result -> firstFeasibleWithin(result, 10_000)));
    targets.add(on(results, DepartmentSize.M, "M within 1 % of the 10-minute score at 60 s", result -> {
      if (result.longRun() == null) {
        return miss("reference run not made");
      }
      HardMediumSoftScore onPump = result.onPump().scoreAt(at60);
      Gap gap = Gap.between(onPump, result.longRun().finalScore());
      return verdict(gap != null && gap.within(0.01), "gap at " + at60 / 1000 + " s " + gap + " (" + onPump
          + " vs " + result.longRun().finalScore() + " after " + result.longRun().spentMillis() / 1000 + " s)");
    }));
    targets.add(on(results, DepartmentSize.L, "L has no hard violation within 60 s in a 1 GiB heap", result -> {
      long maxHeap = Runtime.getRuntime().maxMemory();
      Target time = firstFeasibleWithin(result, 60_000);
      String figure = time.figure() + ", max heap " + maxHeap / (1 << 20) + " MiB, peak "
          + result.onPump().peakHeapBytes() / (1 << 20) + " MiB";
      return verdict(time.verdict().equals("PASS") && maxHeap <= ONE_GIB, figure);
    }));
    targets.add(on(results, DepartmentSize.M, "at least 50,000 score calculations per second on M",
        result -> verdict(result.onPump().scoreCalculationsPerSecond() >= 50_000,
            String.format("%,d /s", result.onPump().scoreCalculationsPerSecond()))));
    targets.add(every(results, "the greedy roster is worse than OnPump on every size",
        result -> result.greedy().score().compareTo(result.onPump().finalScore()) < 0,
        result -> result.size() + " greedy " + result.greedy().score() + " vs " + result.onPump().finalScore()));
    targets.add(every(results.stream().filter(r -> r.size() == DepartmentSize.M || r.size() == DepartmentSize.L)
            .toList(), "the greedy roster breaks hard rules on M and L",
        result -> result.greedy().score().hardScore() < 0,
        result -> result.size() + " greedy hard " + result.greedy().score().hardScore()));
    results.stream().map(Target::modelMismatch).flatMap(Optional::stream)
        .forEach(mismatch -> targets.add(new Target("OnPump never beats the proved optimum", "MISS", mismatch)));
    return targets;
  }

  /** OnPump beating what CP-SAT proved optimal (or its bound) would mean the two models differ. */
  static Optional<String> modelMismatch(SizeResult result) {
    CpSatOptimum.Result cpSat = result.cpSat();
    HardMediumSoftScore onPump = result.onPump().finalScore();
    if (cpSat == null || cpSat.score() == null || !onPump.isFeasible()) {
      return Optional.empty();
    }
    boolean beaten = cpSat.optimal() ? onPump.compareTo(cpSat.score()) > 0
        : onPump.mediumScore() == cpSat.score().mediumScore() && onPump.softScore() > cpSat.softBound();
    return beaten ? Optional.of(result.size() + ": OnPump " + onPump + " beats CP-SAT's "
        + (cpSat.optimal() ? "optimum " + cpSat.score() : "bound " + cpSat.softBound()) + ": the models differ")
        : Optional.empty();
  }

  private static Target firstFeasibleWithin(SizeResult result, long millis) {
    Long first = result.onPump().firstFeasibleMillis();
    return verdict(first != null && first <= millis, first == null ? "no complete roster without a hard violation"
        + " in " + result.onPump().spentMillis() / 1000 + " s" : "first at " + first + " ms");
  }

  private static Target on(List<SizeResult> results, DepartmentSize size, String name,
      Function<SizeResult, Target> check) {
    return results.stream().filter(result -> result.size() == size).findFirst()
        .map(check).map(target -> new Target(name, target.verdict(), target.figure()))
        .orElse(new Target(name, "NOT RUN", size + " not benchmarked"));
  }

  private static Target every(List<SizeResult> results, String name, java.util.function.Predicate<SizeResult> check,
      Function<SizeResult, String> figure) {
    if (results.isEmpty()) {
      return new Target(name, "NOT RUN", "no such size benchmarked");
    }
    return new Target(name, results.stream().allMatch(check) ? "PASS" : "MISS",
        String.join("; ", results.stream().map(figure).toList()));
  }

  private static Target verdict(boolean pass, String figure) {
    return new Target("", pass ? "PASS" : "MISS", figure);
  }

  private static Target miss(String figure) {
    return verdict(false, figure);
  }
}
