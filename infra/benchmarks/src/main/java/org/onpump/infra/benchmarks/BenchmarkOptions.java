package org.onpump.infra.benchmarks;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.onpump.scheduler.roster.generator.DepartmentSize;

/**
 * The benchmark's command line: which department sizes, how long OnPump's solver runs, how long the reference run
 * on M and CP-SAT on S may take, how long the JVM warms up first, the generator's seed, and where the JSON goes.
 */
record BenchmarkOptions(List<DepartmentSize> sizes, int seconds, int referenceMinutes, int cpSatSeconds,
    int cpSatWorkers, int warmUpSeconds, long seed, Path out) {

  static final String USAGE = """
      usage: benchmark.sh [--sizes S,M,L] [--seconds 60] [--reference-minutes 10] [--cpsat-seconds 300]
                          [--cpsat-workers 8] [--warm-up-seconds 5] [--seed 1]
                          [--out docs/benchmarks/roster-latest.json]
        --reference-minutes 0 skips the reference run on M; --cpsat-seconds 0 skips CP-SAT on S""";

  static BenchmarkOptions parse(String... args) {
    List<DepartmentSize> sizes = List.of(DepartmentSize.S, DepartmentSize.M, DepartmentSize.L);
    int seconds = 60;
    int referenceMinutes = 10;
    int cpSatSeconds = 300;
    int cpSatWorkers = 8;
    int warmUpSeconds = 5;
    long seed = 1;
    Path out = Path.of("docs/benchmarks/roster-latest.json");
    for (int i = 0; i < args.length; i++) {
      String name = args[i];
      if (name.equals("--help") || name.equals("-h")) {
        throw new IllegalArgumentException(USAGE);
      }
      if (i + 1 >= args.length) {
        throw new IllegalArgumentException(name + " needs a value\n" + USAGE);
      }
      String value = args[++i];
      switch (name) {
        case "--sizes" -> sizes = sizes(value);
        case "--seconds" -> seconds = positive(name, value, 1);
        case "--reference-minutes" -> referenceMinutes = positive(name, value, 0);
        case "--cpsat-seconds" -> cpSatSeconds = positive(name, value, 0);
        case "--cpsat-workers" -> cpSatWorkers = positive(name, value, 1);
        case "--warm-up-seconds" -> warmUpSeconds = positive(name, value, 0);
        case "--seed" -> seed = Long.parseLong(value);
        case "--out" -> out = Path.of(value);
        default -> throw new IllegalArgumentException("unknown option " + name + "\n" + USAGE);
      }
    }
    return new BenchmarkOptions(sizes, seconds, referenceMinutes, cpSatSeconds, cpSatWorkers, warmUpSeconds, seed,
        out);
  }

  private static List<DepartmentSize> sizes(String value) {
    List<DepartmentSize> sizes = new ArrayList<>();
    for (String size : value.split(",")) {
      sizes.add(DepartmentSize.valueOf(size.trim().toUpperCase(java.util.Locale.ROOT)));
    }
    return List.copyOf(sizes);
  }

  private static int positive(String name, String value, int least) {
    int number = Integer.parseInt(value);
    if (number < least) {
      throw new IllegalArgumentException(name + " must be at least " + least);
    }
    return number;
  }
}
