package org.onpump.infra.benchmarks;

import java.util.ArrayList;
import java.util.List;

/** The targets of issue 4 for the latency benchmark, each PASS or MISS with the figure it was judged on. */
final class PipelineTargets {

  static final double EMERGENCY_P99_MILLIS = 2000;
  static final double ELECTIVE_P95_MILLIS = 5000;
  static final double EMERGENCY_TO_RAW_P99 = 20;

  private PipelineTargets() {
  }

  /** One target: its name, PASS or MISS, and the figure. */
  record Verdict(String target, String verdict, String figure) {}

  static List<Verdict> of(LatencyResult latency) {
    List<Verdict> verdicts = new ArrayList<>();
    Double emergencyP99 = latency.emergency().p99();
    verdicts.add(new Verdict("emergency p99 under 2 s", pass(emergencyP99 != null
        && emergencyP99 < EMERGENCY_P99_MILLIS), emergencyP99 == null
            ? "beyond the page wait (" + latency.emergency().missing() + " of " + latency.emergency().samples()
                + " emergencies without a page)"
            : emergencyP99 + " ms"));
    Double electiveP95 = latency.elective().p95();
    verdicts.add(new Verdict("elective p95 under 5 s", pass(electiveP95 != null
        && electiveP95 < ELECTIVE_P95_MILLIS), electiveP95 == null
            ? "beyond the drain (" + latency.elective().missing() + " of " + latency.elective().samples()
                + " without an assignment change)"
            : electiveP95 + " ms"));
    Double ratio = latency.emergencyToRawP99();
    verdicts.add(new Verdict("emergency p99 at most 20 x raw Kafka p99", pass(ratio != null
        && ratio <= EMERGENCY_TO_RAW_P99), ratio == null ? "no ratio (a p99 is missing)"
            : ratio + " x (" + emergencyP99 + " ms vs " + latency.rawKafka().p99() + " ms)"));
    return verdicts;
  }

  private static String pass(boolean met) {
    return met ? "PASS" : "MISS";
  }
}
