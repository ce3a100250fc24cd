package org.onpump.infra.benchmarks;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.optaplanner.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;

/**
 * The figures of one solver on one size, in the order the table and the JSON show them; null where a figure does
 * not apply (the greedy roster has no timeline, CP-SAT no score calculations).
 */
record Figures(String solver, Long firstFeasibleMillis, Map<Integer, HardMediumSoftScore> scoreAtSeconds,
    HardMediumSoftScore finalScore, long millis, Gap gapAt10s, Gap gapFinal, Long scoreCalculationsPerSecond,
    Long peakHeapBytes, String note) {

  static final List<Integer> CHECKPOINTS = List.of(10, 30, 60);

  static List<Figures> of(SizeResult result) {
    HardMediumSoftScore reference = result.reference();
    List<Figures> rows = new java.util.ArrayList<>();
    rows.add(ofRun("OnPump", result.onPump(), reference));
    var greedy = result.greedy();
    rows.add(new Figures("Greedy (manager)", null, Map.of(), greedy.score(), greedy.millis(), null,
        Gap.between(greedy.score(), reference), null, null,
        greedy.hardBreaches().isEmpty() ? "no hard rule broken" : "breaks " + greedy.hardBreaches().size()
            + " hard rules"));
    if (result.cpSat() != null) {
      var cpSat = result.cpSat();
      rows.add(new Figures("CP-SAT", null, Map.of(), cpSat.score(), cpSat.millis(), null, null, null, null,
          cpSat.status() + (cpSat.optimal() ? "" : ", soft bound " + cpSat.softBound())
              + (cpSat.score() == null ? "" : ", OptaPlanner scores it " + cpSat.optaPlannerScore())));
    }
    if (result.longRun() != null) {
      rows.add(ofRun("OnPump (reference)", result.longRun(), null));
    }
    return rows;
  }

  private static Figures ofRun(String name, SolverRun.Result run, HardMediumSoftScore reference) {
    Map<Integer, HardMediumSoftScore> at = new LinkedHashMap<>();
    for (int seconds : CHECKPOINTS) {
      at.put(seconds, run.scoreAt(seconds * 1000L));
    }
    return new Figures(name, run.firstFeasibleMillis(), at, run.finalScore(), run.spentMillis(),
        Gap.between(run.scoreAt(10_000), reference), Gap.between(run.finalScore(), reference),
        run.scoreCalculationsPerSecond(), run.peakHeapBytes(),
        run.constructedMillis() < 0 ? "construction heuristic did not finish"
            : "construction heuristic done at " + run.constructedMillis() + " ms");
  }

  /** hard/medium/soft, shorter than the score's own text. */
  static String score(HardMediumSoftScore score) {
    return score == null ? "-" : score.hardScore() + "/" + score.mediumScore() + "/" + score.softScore();
  }
}
