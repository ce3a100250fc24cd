package org.onpump.infra.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Both pipeline benchmarks at a tiny size, on real servers with both services running from their jars: the JSON
 * they write must be complete (every percentile of every path, the replay's times and rates) and its counts must
 * add up. No timing is asserted: this machine's speed is not under test.
 */
class PipelineBenchmarkSmokeTest {

  private static final Path OUT = Path.of("target/pipeline-smoke.json");

  @Test
  void bothBenchmarksAtATinySizeWriteCompleteFiguresWhoseCountsAddUp() throws Exception {
    PipelineOptions options = PipelineOptions.parse("--size", "XS", "--load-rate", "4", "--emergencies", "2",
        "--emergency-interval-ms", "1000", "--page-wait-seconds", "20", "--warm-up-seconds", "0",
        "--drain-seconds", "30", "--raw-rate", "20", "--replay-events", "300", "--replay-departments", "2",
        "--replay-size", "XS", "--replay-timeout-minutes", "2", "--out", OUT.toString(),
        "--services-dir", System.getProperty("onpump.services-dir", "target/services"),
        "--log-dir", "target/pipeline-smoke-logs",
        "--service-jvm-opts", "-Xmx512m -XX:+UseSerialGC -XX:TieredStopAtLevel=1");

    PipelineBenchmark.run(options);

    JsonNode json = JsonMapper.builder().build().readTree(Files.readString(OUT));
    JsonNode latency = json.get("latency");
    assertComplete(latency.get("emergencyMillis"), "emergency");
    assertThat(latency.get("emergencyMillis").get("samples").asInt()).isEqualTo(2);
    assertThat(latency.get("emergencyPagesByFastPath").asInt() + latency.get("emergencyPagesByRosterNotice").asInt())
        .isEqualTo(2);
    assertComplete(latency.get("electiveMillis"), "elective");
    assertComplete(latency.get("rawKafkaMillis"), "raw Kafka");
    int byKind = 0;
    for (String kind : List.of("BOOKED", "RESCHEDULED", "CANCELLED")) {
      byKind += latency.get("electiveMillisByKind").get(kind).get("samples").asInt();
    }
    assertThat(byKind).isEqualTo(latency.get("electiveMillis").get("samples").asInt());
    assertThat(latency.get("refusedByIntake").asInt()).isZero();
    assertThat(latency.get("emergencyP99OverRawP99").isNumber()).isTrue();
    assertThat(json.get("targets")).hasSize(3)
        .allSatisfy(target -> assertThat(target.get("verdict").asString()).isIn("PASS", "MISS"));

    JsonNode replay = json.get("replay");
    assertThat(replay.get("events").asInt()).isEqualTo(300);
    assertThat(replay.get("rawReadMillis")).hasSize(2);
    JsonNode scheduler = replay.get("scheduler");
    assertThat(scheduler.get("timedOut").asBoolean()).isFalse();
    assertThat(scheduler.get("accounted").asLong()).isEqualTo(300);
    long byOutcome = 0;
    for (Map.Entry<String, JsonNode> outcome : scheduler.get("outcomes").properties()) {
      byOutcome += outcome.getValue().asLong();
    }
    assertThat(byOutcome + scheduler.get("rejected").asLong()).isEqualTo(300);
    for (String figure : List.of("readyMillis", "firstProcessedMillis", "accountedMillis", "quiescentMillis",
        "eventsPerSecond", "eventsPerSecondAfterStartUp")) {
      assertThat(scheduler.get(figure).isNumber()).as(figure).isTrue();
    }
    assertThat(replay.get("schedulerOverRaw").isNumber()).isTrue();
  }

  private static void assertComplete(JsonNode summary, String path) {
    assertThat(summary.get("samples").asInt()).as(path + " samples").isPositive();
    assertThat(summary.get("missing").asInt()).as(path + " missing").isZero();
    for (String percentile : List.of("p50", "p95", "p99", "max", "mean")) {
      assertThat(summary.get(percentile).isNumber()).as(path + " " + percentile).isTrue();
    }
  }
}
