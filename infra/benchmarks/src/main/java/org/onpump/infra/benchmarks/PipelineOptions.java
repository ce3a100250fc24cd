package org.onpump.infra.benchmarks;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.onpump.scheduler.roster.generator.DepartmentSize;

/**
 * The pipeline benchmarks' command line (infra/pipeline-benchmark.sh): which benchmarks, the latency run's
 * department, load and emergencies, the replay's size, and where the services, logs and results are.
 */
record PipelineOptions(boolean latency, boolean replay, DepartmentSize size, double loadRate, int emergencies,
    Duration emergencyInterval, Duration pageWait, Duration warmUp, Duration drain, double rawRate,
    int replayEvents, int replayDepartments, DepartmentSize replaySize, Duration replayTimeout, long seed,
    Path out, Path servicesDir, Path logDir, List<String> serviceJvmOptions, List<String> schedulerArgs) {

  static final String USAGE = """
      usage: pipeline-benchmark.sh [--only latency|replay] [--size M] [--load-rate 20] [--emergencies 60]
               [--emergency-interval-ms 4000] [--page-wait-seconds 15] [--warm-up-seconds 30] [--drain-seconds 30]
               [--raw-rate 20] [--replay-events 100000] [--replay-departments 4] [--replay-size M]
               [--replay-timeout-minutes 60] [--seed 1] [--out docs/benchmarks/pipeline-latest.json]
               [--services-dir infra/benchmarks/target/services] [--log-dir infra/benchmarks/target/pipeline-logs]
               [--service-jvm-opts "-Xmx1g -XX:+UseSerialGC"] [--scheduler-arg --name=value]...""";

  static PipelineOptions defaults() {
    return new PipelineOptions(true, true, DepartmentSize.M, 20, 60, Duration.ofMillis(4000),
        Duration.ofSeconds(15), Duration.ofSeconds(30), Duration.ofSeconds(30), 20, 100_000, 4, DepartmentSize.M,
        Duration.ofMinutes(60), 1, Path.of("docs/benchmarks/pipeline-latest.json"),
        Path.of("infra/benchmarks/target/services"), Path.of("infra/benchmarks/target/pipeline-logs"),
        List.of("-Xmx1g", "-XX:+UseSerialGC"), List.of());
  }

  static PipelineOptions parse(String... args) {
    PipelineOptions o = defaults();
    boolean latency = o.latency;
    boolean replay = o.replay;
    DepartmentSize size = o.size;
    double loadRate = o.loadRate;
    int emergencies = o.emergencies;
    Duration interval = o.emergencyInterval;
    Duration pageWait = o.pageWait;
    Duration warmUp = o.warmUp;
    Duration drain = o.drain;
    double rawRate = o.rawRate;
    int replayEvents = o.replayEvents;
    int replayDepartments = o.replayDepartments;
    DepartmentSize replaySize = o.replaySize;
    Duration replayTimeout = o.replayTimeout;
    long seed = o.seed;
    Path out = o.out;
    Path servicesDir = o.servicesDir;
    Path logDir = o.logDir;
    List<String> jvm = o.serviceJvmOptions;
    List<String> schedulerArgs = new ArrayList<>();
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
        case "--only" -> {
          latency = value.equals("latency");
          replay = value.equals("replay");
          if (!latency && !replay) {
            throw new IllegalArgumentException("--only takes latency or replay\n" + USAGE);
          }
        }
        case "--size" -> size = DepartmentSize.valueOf(value.toUpperCase(Locale.ROOT));
        case "--load-rate" -> loadRate = positive(name, Double.parseDouble(value));
        case "--emergencies" -> emergencies = (int) positive(name, Integer.parseInt(value));
        case "--emergency-interval-ms" -> interval = Duration.ofMillis((long) positive(name, Long.parseLong(value)));
        case "--page-wait-seconds" -> pageWait = Duration.ofSeconds((long) positive(name, Long.parseLong(value)));
        case "--warm-up-seconds" -> warmUp = Duration.ofSeconds(Long.parseLong(value));
        case "--drain-seconds" -> drain = Duration.ofSeconds(Long.parseLong(value));
        case "--raw-rate" -> rawRate = positive(name, Double.parseDouble(value));
        case "--replay-events" -> replayEvents = (int) positive(name, Integer.parseInt(value));
        case "--replay-departments" -> replayDepartments = (int) positive(name, Integer.parseInt(value));
        case "--replay-size" -> replaySize = DepartmentSize.valueOf(value.toUpperCase(Locale.ROOT));
        case "--replay-timeout-minutes" -> replayTimeout = Duration.ofMinutes(Long.parseLong(value));
        case "--seed" -> seed = Long.parseLong(value);
        case "--out" -> out = Path.of(value);
        case "--services-dir" -> servicesDir = Path.of(value);
        case "--log-dir" -> logDir = Path.of(value);
        case "--service-jvm-opts" -> jvm = List.of(value.trim().split("\\s+"));
        case "--scheduler-arg" -> schedulerArgs.add(value);
        default -> throw new IllegalArgumentException("unknown option " + name + "\n" + USAGE);
      }
    }
    return new PipelineOptions(latency, replay, size, loadRate, emergencies, interval, pageWait, warmUp, drain,
        rawRate, replayEvents, replayDepartments, replaySize, replayTimeout, seed, out, servicesDir, logDir, jvm,
        List.copyOf(schedulerArgs));
  }

  private static double positive(String name, double value) {
    if (value <= 0) {
      throw new IllegalArgumentException(name + " must be positive");
    }
    return value;
  }
}
