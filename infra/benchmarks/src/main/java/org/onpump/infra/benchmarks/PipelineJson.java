package org.onpump.infra.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** The pipeline benchmarks' figures as JSON: options, machine, each benchmark's results and the targets. */
final class PipelineJson {

  private PipelineJson() {
  }

  static Map<String, Object> of(PipelineOptions o, LatencyResult latency, ReplayResult replay) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("benchmark", "pipeline");
    json.put("finishedAt", Instant.now().toString());
    json.put("options", map("size", o.size().name(), "loadRate", o.loadRate(), "emergencies", o.emergencies(),
        "emergencyIntervalMillis", o.emergencyInterval().toMillis(), "pageWaitSeconds", o.pageWait().toSeconds(),
        "warmUpSeconds", o.warmUp().toSeconds(), "drainSeconds", o.drain().toSeconds(), "rawRate", o.rawRate(),
        "replayEvents", o.replayEvents(), "replayDepartments", o.replayDepartments(),
        "replaySize", o.replaySize().name(), "seed", o.seed(), "serviceJvmOptions", o.serviceJvmOptions(),
        "schedulerArgs", o.schedulerArgs()));
    json.put("machine", ResultJson.machine());
    if (latency != null) {
      json.put("latency", latency(latency));
      json.put("targets", PipelineTargets.of(latency));
    }
    if (replay != null) {
      json.put("replay", replay(replay));
    }
    return json;
  }

  static void write(Path file, Map<String, Object> json) throws IOException {
    if (file.toAbsolutePath().getParent() != null) {
      Files.createDirectories(file.toAbsolutePath().getParent());
    }
    JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build().writeValue(file.toFile(), json);
  }

  private static Map<String, Object> latency(LatencyResult r) {
    return map("department", map("id", r.departmentId(), "size", r.size(), "hospitals", r.hospitals(),
            "perfusionists", r.staff(), "casesBookedBeforeMeasuring", r.prefilledCases()),
        "measuredMillis", r.measuredMillis(), "loadEventsPerSecond", r.loadPerSecond(),
        "refusedByIntake", r.refused(), "cancelsWithNothingToRelease", r.cancelsWithNothingToRelease(),
        "emergencyMillis", r.emergency(), "emergencyToNotificationRequestMillis", r.emergencyToRequest(),
        "emergencyPagesByFastPath", r.fastPathPages(),
        "emergencyPagesByRosterNotice", r.rosterPages(),
        "electiveMillis", r.elective(), "electiveMillisByKind", r.electiveByKind(),
        "intakeAnswerMillis", r.intake(),
        "rawKafkaMillis", r.rawKafka(), "emergencyP99OverRawP99", r.emergencyToRawP99(),
        "emergencies", r.emergencies(),
        "published", map("assignmentChanges", r.assignmentChanges(),
            "notificationRequests", r.notificationRequests(), "emails", r.emails()));
  }

  private static Map<String, Object> replay(ReplayResult r) {
    return map("departments", r.departments(), "size", r.size(), "events", r.events(),
        "produceMillis", r.produceMillis(), "rawReadMillis", r.rawReadMillis(),
        "rawEventsPerSecond", r.rawEventsPerSecond(),
        "scheduler", map("readyMillis", r.readyMillis(), "firstProcessedMillis", r.firstProcessedMillis(),
            "accountedMillis", r.accountedMillis(), "quiescentMillis", r.quiescentMillis(),
            "outboxDrainedMillis", r.drainedMillis(), "dirtyTracked", r.dirtyTracked(),
            "eventsPerSecond", r.eventsPerSecond(), "eventsPerSecondAfterStartUp", r.eventsPerSecondAfterStartUp(),
            "accounted", r.accounted(), "rejected", r.rejected(), "outcomes", r.outcomes(),
            "outboxRows", r.outboxRows(), "timedOut", r.timedOut()),
        "schedulerOverRaw", r.ratio());
  }

  static Map<String, Object> map(Object... keysAndValues) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      map.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return map;
  }
}
