package org.onpump.infra.benchmarks;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.onpump.infra.servers.EmbeddedServers;
import org.onpump.scheduler.roster.generator.DepartmentSize;

/**
 * The latency benchmark: real servers, the notifier's SMTP server in this JVM, both services from their jars; a
 * generated department seeded and its cases of the planning window booked; then, at a steady background load,
 * emergencies one at a time (to the page in the mailbox), elective changes (to their first published assignment
 * change) and the broker's raw produce-to-consume latency, all measured over the same minutes.
 */
final class LatencyBenchmark {

  private static final ZoneId ZONE = ZoneId.of("America/New_York");

  private LatencyBenchmark() {
  }

  static LatencyResult run(PipelineOptions options) {
    progress("starting PostgreSQL and Kafka, creating the scheduler's schema");
    try (EmbeddedServers servers = BenchServers.start(RawKafkaProbe.TOPIC);
        Mailbox mailbox = new Mailbox(EmergencyProbe.CASE_PREFIX)) {
      String bootstrap = servers.kafka().bootstrapServers();
      DepartmentSize size = options.size();
      SeededDepartment department = DepartmentSeeder.seed(servers.postgres(), size, options.seed(),
          "bench-" + size.name().toLowerCase(Locale.ROOT), DepartmentSeeder.Shift.toWeekOf(LocalDate.now(ZONE), ZONE));
      progress("seeded " + department.id() + ": " + department.hospitals().size() + " hospitals, "
          + department.staff() + " perfusionists; starting the scheduler and the notifier");
      Duration horizon = BenchServers.horizon(options);
      java.nio.file.Path logs = options.logDir().resolve("latency");
      try (ServiceJvm scheduler = BenchServers.scheduler(options, servers, logs);
          ServiceJvm notifier = BenchServers.notifier(options, servers, logs, mailbox.smtpPort())) {
        scheduler.awaitReady(BenchServers.READY_TIMEOUT);
        notifier.awaitReady(BenchServers.READY_TIMEOUT);
        IntakeClient intake = new IntakeClient(scheduler.baseUrl());
        try (PipelineObserver observer = new PipelineObserver(bootstrap);
            RawKafkaProbe raw = new RawKafkaProbe(bootstrap, options.rawRate());
            CaseLoad load = new CaseLoad(department, intake, observer, options.seed(), horizon)) {
          List<UUID> prefill = load.prefill();
          progress("booked the " + prefill.size() + " cases of the planning window; waiting for their assignments");
          int unanswered = awaitChanges(prefill, observer, Duration.ofMinutes(3));
          progress("prefill done (" + unanswered + " without an assignment change); background load at "
              + options.loadRate() + " events/s, warming up for " + options.warmUp().toSeconds() + " s");
          load.start(options.loadRate());
          Pause.millis(options.warmUp().toMillis());

          progress("measuring: " + options.emergencies() + " emergencies, one every "
              + options.emergencyInterval().toMillis() + " ms at least");
          EmergencyProbe emergencies = new EmergencyProbe(department, intake, observer, mailbox);
          load.measure(true);
          raw.startMeasuring();
          long from = System.nanoTime();
          emergencies.run(options.emergencies(), options.emergencyInterval(), options.pageWait());
          long to = System.nanoTime();
          load.measure(false);
          raw.stopMeasuring();
          load.stop();
          List<CaseLoad.Sample> electives = load.samples();
          progress("measured " + (to - from) / 1_000_000_000 + " s; draining for up to "
              + options.drain().toSeconds() + " s");
          awaitChanges(electives.stream().filter(s -> s.answer().accepted()).map(CaseLoad.Sample::eventId).toList(),
              observer, options.drain());
          List<CaseLoad.Sample> changeless = electives.stream()
              .filter(s -> s.answer().accepted() && observer.firstChangeCausedBy(s.eventId()) == null).toList();
          Set<UUID> nothingDue = MissingChanges.nothingToAnnounce(changeless, servers.postgres());
          List<CaseLoad.Sample> missing = changeless.stream().filter(s -> !nothingDue.contains(s.eventId()))
              .toList();
          if (!missing.isEmpty()) {
            progress(missing.size() + " elective events caused no assignment change; the first of them:");
            MissingChanges.describe(missing, scheduler.baseUrl(), servers.postgres())
                .forEach(line -> progress("  " + line));
          }
          BenchServers.saveMetrics(scheduler, "scheduler-service");
          BenchServers.saveMetrics(notifier, "notifier-service");
          scheduler.stop();
          notifier.stop();
          List<CaseLoad.Sample> samples = electives.stream().filter(s -> !nothingDue.contains(s.eventId())).toList();
          return result(department, size, prefill.size(), to - from, samples, nothingDue.size(),
              emergencies.samples(), raw.samples(), observer, mailbox);
        }
      }
    }
  }

  private static LatencyResult result(SeededDepartment department, DepartmentSize size, int prefilled,
      long measuredNanos, List<CaseLoad.Sample> electives, int nothingDue, List<EmergencyProbe.Sample> emergencies,
      List<Long> raw, PipelineObserver observer, Mailbox mailbox) {
    List<CaseLoad.Sample> accepted = electives.stream().filter(s -> s.answer().accepted()).toList();
    int refused = electives.size() - accepted.size()
        + (int) emergencies.stream().filter(s -> !s.answer().accepted()).count();
    Map<CaseLoad.Kind, LatencySummary> byKind = new EnumMap<>(CaseLoad.Kind.class);
    for (CaseLoad.Kind kind : CaseLoad.Kind.values()) {
      byKind.put(kind, LatencySummary.of(accepted.stream().filter(s -> s.kind() == kind)
          .map(s -> electiveLatency(s, observer)).toList()));
    }
    List<EmergencyProbe.Sample> paged = emergencies.stream().filter(s -> s.answer().accepted()).toList();
    double seconds = measuredNanos / 1e9;
    return new LatencyResult(department.id(), size.name(), department.hospitals().size(), department.staff(),
        prefilled, measuredNanos / 1_000_000, Math.round((electives.size() + nothingDue + 2.0 * emergencies.size())
            / seconds * 10) / 10.0, refused, nothingDue,
        LatencySummary.of(paged.stream().map(EmergencyProbe.Sample::latencyNanos).toList()),
        LatencySummary.of(paged.stream().map(EmergencyProbe.Sample::schedulerPartNanos).toList()),
        emergencies.stream().map(LatencyBenchmark::timing).toList(),
        LatencySummary.of(accepted.stream().map(s -> electiveLatency(s, observer)).toList()), byKind,
        LatencySummary.of(accepted.stream().map(s -> s.answer().answeredNanos() - s.answer().sentNanos()).toList()),
        LatencySummary.of(raw),
        (int) paged.stream().filter(s -> s.page() != null && s.page().fastPath()).count(),
        (int) paged.stream().filter(s -> s.page() != null && !s.page().fastPath()).count(),
        observer.assignmentChanges(), observer.notificationRequests(), mailbox.received());
  }

  private static LatencyResult.EmergencyTiming timing(EmergencyProbe.Sample s) {
    return new LatencyResult.EmergencyTiming(WallClock.of(s.answer().answeredNanos()).toString(), s.hospitalId(),
        millis(s.latencyNanos()),
        millis(s.schedulerPartNanos()), !s.answer().accepted() ? "refused " + s.answer().status()
            : s.page() == null ? "no page" : s.page().fastPath() ? "fast path" : "roster notice");
  }

  private static Double millis(Long nanos) {
    return nanos == null ? null : Math.round(nanos / 100_000.0) / 10.0;
  }

  private static Long electiveLatency(CaseLoad.Sample sample, PipelineObserver observer) {
    Long seen = observer.firstChangeCausedBy(sample.eventId());
    return seen == null ? null : seen - sample.answer().answeredNanos();
  }

  /** Waits until each event caused an assignment change, or the time is up; returns how many did not. */
  private static int awaitChanges(List<UUID> events, PipelineObserver observer, Duration patience) {
    long deadline = System.nanoTime() + patience.toNanos();
    while (true) {
      int open = (int) events.stream().filter(id -> observer.firstChangeCausedBy(id) == null).count();
      if (open == 0 || System.nanoTime() > deadline) {
        return open;
      }
      Pause.millis(200);
    }
  }

  static void progress(String message) {
    Progress.say("latency", message);
  }
}
