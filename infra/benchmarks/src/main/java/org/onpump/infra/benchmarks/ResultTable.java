package org.onpump.infra.benchmarks;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;

/** The benchmark's results as a plain-text table, then the targets with PASS or MISS. */
final class ResultTable {

  private static final String ROW = "%-18s %9s %16s %16s %16s %17s %8s %16s %16s %8s %9s  %s%n";

  private ResultTable() {
  }

  static void print(PrintStream out, List<SizeResult> results, List<Target> targets, BenchmarkOptions options) {
    out.println();
    out.printf("Roster benchmark: seed %d, OnPump %d s, %d cores, max heap %d MiB, %s%n", options.seed(),
        options.seconds(), Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20,
        System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
    out.println("Scores are hard/medium/soft. Gap: soft shortfall against the reference (CP-SAT on S, the long run"
        + " on M), or the level that differs.");
    for (SizeResult result : results) {
      SizeResult.Department department = result.department();
      out.printf("%n== %s: %d perfusionists, %d cases, %d seats (%d required), %d pump moments; reference: %s%n",
          result.size(), department.perfusionists(), department.cases(), department.seats(),
          department.requiredSeats(), department.pumpMoments(),
          result.referenceName() == null ? "none" : result.referenceName());
      out.printf(ROW, "solver", "feasible", "at 10 s", "at 30 s", "at 60 s", "final", "time", "gap@10s", "gap",
          "calcs/s", "peak heap", "");
      for (Figures row : Figures.of(result)) {
        Map<Integer, ?> at = row.scoreAtSeconds();
        out.printf(ROW, row.solver(), millis(row.firstFeasibleMillis()), score(row, 10), score(row, 30),
            score(row, 60), Figures.score(row.finalScore()), millis(row.millis()), text(row.gapAt10s()),
            text(row.gapFinal()), row.scoreCalculationsPerSecond() == null ? "-"
                : String.format("%,d", row.scoreCalculationsPerSecond()),
            row.peakHeapBytes() == null ? "-" : (row.peakHeapBytes() >> 20) + " MiB", row.note());
        if (at.isEmpty() && row.solver().startsWith("Greedy")) {
          result.greedy().hardBreaches().forEach((rule, breach) -> out.printf(
              "    greedy breaks %-58s %5d times, %8d hard%n", rule, breach.matches(), breach.hardPenalty()));
        }
      }
    }
    out.printf("%nTargets (issue 3)%n");
    for (Target target : targets) {
      out.printf("  %-7s %-58s %s%n", target.verdict(), target.name(), target.figure());
    }
  }

  private static String score(Figures row, int seconds) {
    return row.scoreAtSeconds().containsKey(seconds) ? Figures.score(row.scoreAtSeconds().get(seconds)) : "";
  }

  private static String millis(Long millis) {
    if (millis == null) {
      return "-";
    }
    return millis < 10_000 ? millis + " ms" : String.format("%.1f s", millis / 1000.0);
  }

  private static String text(Object value) {
    return value == null ? "-" : value.toString();
  }
}
