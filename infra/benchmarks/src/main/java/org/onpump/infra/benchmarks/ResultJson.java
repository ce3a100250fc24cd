package org.onpump.infra.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.optaplanner.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** The benchmark's figures as JSON, for the docs and for comparing runs: the same numbers as the table and more. */
final class ResultJson {

  private ResultJson() {
  }

  static void write(Path file, List<SizeResult> results, List<Target> targets, BenchmarkOptions options)
      throws IOException {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("benchmark", "roster");
    json.put("finishedAt", Instant.now().toString());
    json.put("seed", options.seed());
    json.put("options", ordered("sizes", options.sizes().stream().map(Enum::name).toList(),
        "seconds", options.seconds(), "referenceMinutes", options.referenceMinutes(),
        "cpSatSeconds", options.cpSatSeconds(), "cpSatWorkers", options.cpSatWorkers(),
        "warmUpSeconds", options.warmUpSeconds()));
    json.put("machine", machine());
    json.put("sizes", results.stream().map(ResultJson::size).toList());
    json.put("targets", targets.stream().map(target -> ordered("target", target.name(), "verdict",
        target.verdict(), "figure", target.figure())).toList());
    if (file.toAbsolutePath().getParent() != null) {
      Files.createDirectories(file.toAbsolutePath().getParent());
    }
    JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build().writeValue(file.toFile(), json);
  }

  private static Map<String, Object> size(SizeResult result) {
    Map<String, Object> size = new LinkedHashMap<>();
    size.put("size", result.size().name());
    size.put("department", result.department());
    size.put("reference", result.referenceName());
    size.put("referenceScore", text(result.reference()));
    List<Map<String, Object>> solvers = new ArrayList<>();
    for (Figures row : Figures.of(result)) {
      Map<String, Object> solver = new LinkedHashMap<>();
      solver.put("solver", row.solver());
      solver.put("firstFeasibleMillis", row.firstFeasibleMillis());
      Map<String, Object> at = new LinkedHashMap<>();
      row.scoreAtSeconds().forEach((seconds, score) -> at.put(seconds + "s", text(score)));
      solver.put("scoreAt", at);
      solver.put("finalScore", text(row.finalScore()));
      solver.put("millis", row.millis());
      solver.put("gapAt10s", gap(row.gapAt10s()));
      solver.put("gapFinal", gap(row.gapFinal()));
      solver.put("scoreCalculationsPerSecond", row.scoreCalculationsPerSecond());
      solver.put("peakHeapBytes", row.peakHeapBytes());
      solver.put("note", row.note());
      solvers.add(solver);
    }
    size.put("solvers", solvers);
    size.put("onPump", ordered("constructedMillis", result.onPump().constructedMillis(),
        "scoreCalculations", result.onPump().scoreCalculations(),
        "improvements", result.onPump().timeline().size()));
    size.put("greedyHardBreaches", result.greedy().hardBreaches());
    if (result.cpSat() != null) {
      var cpSat = result.cpSat();
      size.put("cpSat", ordered("status", cpSat.status(), "millis", cpSat.millis(), "score", text(cpSat.score()),
          "optaPlannerScore", text(cpSat.optaPlannerScore()),
          "scoresAgree", cpSat.score() != null && cpSat.score().equals(cpSat.optaPlannerScore()),
          "softBound", cpSat.softBound(), "variables", cpSat.variables(), "constraints", cpSat.constraints()));
    }
    return size;
  }

  /** The machine a benchmark ran on: cores, heap, JVM, OS and CPU model. */
  static Map<String, Object> machine() {
    Runtime runtime = Runtime.getRuntime();
    return ordered("cores", runtime.availableProcessors(), "maxHeapBytes", runtime.maxMemory(),
        "jvm", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"),
        "os", System.getProperty("os.name") + " " + System.getProperty("os.arch"), "cpu", cpuModel());
  }

  private static String cpuModel() {
    try {
      return Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(line -> line.startsWith("model name"))
          .map(line -> line.substring(line.indexOf(':') + 1).trim()).findFirst().orElse(null);
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  private static Object gap(Gap gap) {
    if (gap == null) {
      return null;
    }
    return gap.relative() != null ? gap.relative() : gap.levels();
  }

  private static String text(HardMediumSoftScore score) {
    return score == null ? null : score.toString();
  }

  private static Map<String, Object> ordered(Object... keysAndValues) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      map.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return map;
  }
}
