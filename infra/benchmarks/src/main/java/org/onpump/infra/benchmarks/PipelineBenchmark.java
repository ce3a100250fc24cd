package org.onpump.infra.benchmarks;

import java.util.Map;

/**
 * The pipeline benchmarks of issue 4 (infra/pipeline-benchmark.sh): the latency benchmark (emergency page, elective
 * assignment change and raw Kafka, side by side at steady load) and the replay benchmark (the scheduler rebuilding
 * its state from the topic, beside a plain consumer); a summary on stdout and the figures as JSON. A missed target
 * is reported, not fatal.
 */
public final class PipelineBenchmark {

  private PipelineBenchmark() {
  }

  public static void main(String[] args) throws Exception {
    PipelineOptions options;
    try {
      options = PipelineOptions.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.exit(1);
      return;
    }
    run(options);
    System.out.println("JSON: " + options.out().toAbsolutePath().normalize());
    // The embedded broker leaves non-daemon threads behind.
    System.exit(0);
  }

  /** Runs what the options ask for, prints the summary, writes the JSON and returns it. */
  static Map<String, Object> run(PipelineOptions options) throws Exception {
    LatencyResult latency = options.latency() ? LatencyBenchmark.run(options) : null;
    ReplayResult replay = options.replay() ? ReplayBenchmark.run(options) : null;
    PipelineReport.print(System.out, latency, replay);
    Map<String, Object> json = PipelineJson.of(options, latency, replay);
    PipelineJson.write(options.out(), json);
    return json;
  }
}
