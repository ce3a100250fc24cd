package org.onpump.infra.benchmarks;

import java.io.PrintStream;

/** The console summary of the pipeline benchmarks: one line per path, the targets, the replay. */
final class PipelineReport {

  private PipelineReport() {
  }

  static void print(PrintStream out, LatencyResult latency, ReplayResult replay) {
    if (latency != null) {
      out.printf("%nLatency: department %s (%s, %d hospitals, %d perfusionists, %d cases booked first),"
          + " %.1f case events/s for %d s, %d refused by the intake, %d cancellations with nobody to release%n",
          latency.departmentId(), latency.size(), latency.hospitals(), latency.staff(), latency.prefilledCases(),
          latency.loadPerSecond(), latency.measuredMillis() / 1000, latency.refused(),
          latency.cancelsWithNothingToRelease());
      out.printf("  %-44s %8s %9s %9s %9s %9s %8s%n", "path", "samples", "p50 ms", "p95 ms", "p99 ms", "max ms",
          "missing");
      row(out, "emergency: 202 to page in the mailbox", latency.emergency());
      row(out, "  of it: 202 to NotificationRequested read", latency.emergencyToRequest());
      row(out, "elective: 202 to first AssignmentChanged", latency.elective());
      latency.electiveByKind().forEach((kind, summary) -> row(out, "  " + kind.name().toLowerCase(), summary));
      row(out, "intake: elective POST to its 202", latency.intake());
      row(out, "raw Kafka: produce to consume", latency.rawKafka());
      out.printf("  pages by the fast path: %d, by the roster's assignment notice: %d; emergency p99 / raw p99: %s%n",
          latency.fastPathPages(), latency.rosterPages(), latency.emergencyToRawP99());
      PipelineTargets.of(latency).forEach(v -> out.printf("  %-4s %s: %s%n", v.verdict(), v.target(),
          v.figure()));
    }
    if (replay != null) {
      out.printf("%nReplay: %d events of %d %s departments (produced in %d ms)%n", replay.events(),
          replay.departments(), replay.size(), replay.produceMillis());
      out.printf("  raw consumer: %s ms per read, %.1f events/s%n", replay.rawReadMillis(),
          replay.rawEventsPerSecond());
      out.printf("  scheduler: ready %s ms, first event %s ms, all accounted %s ms, quiescent %s ms, outbox drained"
          + " %s ms after launch%s%n", replay.readyMillis(), replay.firstProcessedMillis(), replay.accountedMillis(),
          replay.quiescentMillis(), replay.drainedMillis(), replay.timedOut() ? " (TIMED OUT)" : "");
      out.printf("  scheduler: %s events/s from launch, %s events/s after start-up; scheduler / raw = %s%n",
          replay.eventsPerSecond(), replay.eventsPerSecondAfterStartUp(), replay.ratio());
      out.printf("  accounted %d (rejected %d), outcomes %s, dirty tracked: %s%n", replay.accounted(),
          replay.rejected(), replay.outcomes(), replay.dirtyTracked());
    }
  }

  private static void row(PrintStream out, String name, LatencySummary s) {
    out.printf("  %-44s %8d %9s %9s %9s %9s %8d%n", name, s.samples(), text(s.p50()), text(s.p95()),
        text(s.p99()), text(s.max()), s.missing());
  }

  private static String text(Double millis) {
    return millis == null ? "-" : String.format("%.1f", millis);
  }
}
