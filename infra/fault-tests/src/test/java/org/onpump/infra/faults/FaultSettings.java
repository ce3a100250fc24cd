package org.onpump.infra.faults;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The fault test's settings, as system properties ({@code -Dfaults.events=20000} on the Maven command line): how
 * many events, how fast, from which seed, for how many departments, and the instant both runs plan around.
 */
record FaultSettings(
    int events,
    double eventsPerSecond,
    long seed,
    int departments,
    Instant clock,
    Duration horizon,
    int solverSteps,
    boolean parallel,
    Duration quietTimeout,
    Path servicesDir,
    String brokerClasspath,
    Path workDir,
    List<String> schedulerArguments,
    List<String> notifierArguments) {

  static FaultSettings fromSystemProperties() {
    int events = Integer.getInteger("faults.events", 5000);
    return new FaultSettings(
        events,
        Double.parseDouble(System.getProperty("faults.rate", "25")),
        Long.getLong("faults.seed", 20261123L),
        Integer.getInteger("faults.departments", 3),
        Instant.parse(System.getProperty("faults.clock", "2026-11-23T12:00:00Z")),
        Duration.parse(System.getProperty("faults.horizon", "PT72H")),
        // Each event is replanned on its own: a short search keeps 5,000 of them within minutes.
        Integer.getInteger("faults.solver-steps", 20),
        // The two runs share nothing but the machine: side by side they use both cores.
        Boolean.parseBoolean(System.getProperty("faults.parallel", "true")),
        // A larger stream leaves more behind when the faults end: allow for it.
        Duration.ofSeconds(Long.getLong("faults.quiet-timeout-seconds", 300 + events / 10)),
        // faults.services-dir runs other builds of the services than the ones Maven copied.
        Path.of(System.getProperty("faults.services-dir",
            System.getProperty("onpump.services-dir", "target/services"))),
        brokerClasspath(Path.of(System.getProperty("faults.broker-classpath", "target/broker-classpath.txt"))),
        Path.of(System.getProperty("faults.work-dir", "target/faults")),
        arguments("faults.scheduler-args"),
        arguments("faults.notifier-args"));
  }

  /** More {@code --name=value} settings for a service, separated by spaces. */
  private static List<String> arguments(String property) {
    String value = System.getProperty(property, "").strip();
    return value.isEmpty() ? List.of() : List.of(value.split("\\s+"));
  }

  private static String brokerClasspath(Path file) {
    try {
      return Files.readString(file).strip();
    } catch (IOException e) {
      throw new UncheckedIOException(file.toAbsolutePath() + " is missing: run the test through Maven, which "
          + "writes the broker's classpath there", e);
    }
  }

  /** The horizon as the scheduler's setting reads it, for example {@code 72h}. */
  String horizonSetting() {
    return horizon.toMinutes() + "m";
  }
}
