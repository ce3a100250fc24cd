package org.onpump.scheduler.explanation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.onpump.scheduler.roster.DepartmentRoster;
import org.onpump.scheduler.roster.RuleMatch;
import org.optaplanner.core.api.score.ScoreExplanation;
import org.optaplanner.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import org.optaplanner.core.api.score.constraint.ConstraintMatch;
import org.optaplanner.core.api.score.constraint.ConstraintMatchTotal;

/** A score explanation regrouped by rule, by person and by seat, from each match's {@link RuleMatch}. */
final class RuleTotals {

  /** Most costly first; rewards last. */
  private static final Comparator<RuleScore> WORST_FIRST =
      Comparator.comparing(RuleScore::score, RosterScore.BEST_FIRST.reversed()).thenComparing(RuleScore::rule);

  private final ScoreExplanation<DepartmentRoster, HardMediumSoftScore> explanation;

  RuleTotals(ScoreExplanation<DepartmentRoster, HardMediumSoftScore> explanation) {
    this.explanation = explanation;
  }

  RosterScore total() {
    return RosterScore.of(explanation.getScore());
  }

  /** Every rule that matched, by name. */
  Map<String, RuleScore> byRule() {
    Map<String, RuleScore> rules = new TreeMap<>();
    for (ConstraintMatchTotal<HardMediumSoftScore> total : explanation.getConstraintMatchTotalMap().values()) {
      rules.put(total.getConstraintName(), new RuleScore(total.getConstraintName(),
          RosterScore.of(total.getScore()), total.getConstraintMatchCount()));
    }
    return rules;
  }

  List<RuleScore> rules() {
    return byRule().values().stream().sorted(WORST_FIRST).toList();
  }

  /** Each person's rules, for everyone a match names. */
  Map<String, List<RuleScore>> byPerson() {
    Map<String, Map<String, RuleScore>> people = new LinkedHashMap<>();
    forEachMatch((rule, match, why) -> {
      if (why.perfusionistId() != null) {
        people.computeIfAbsent(why.perfusionistId(), id -> new TreeMap<>())
            .merge(rule, new RuleScore(rule, RosterScore.of(match.getScore()), 1), RuleTotals::sum);
      }
    });
    Map<String, List<RuleScore>> sorted = new LinkedHashMap<>();
    people.forEach((id, rules) -> sorted.put(id, rules.values().stream().sorted(WORST_FIRST).toList()));
    return sorted;
  }

  /** The matches whose justification names the seat. */
  List<SeatMatch> involving(String seatId) {
    List<SeatMatch> matches = new ArrayList<>();
    forEachMatch((rule, match, why) -> {
      if (why.seatIds().contains(seatId)) {
        matches.add(new SeatMatch(rule, RosterScore.of(match.getScore()), why.perfusionistId(), why.seatIds(),
            why.detail()));
      }
    });
    matches.sort(Comparator.comparing(SeatMatch::score, RosterScore.BEST_FIRST.reversed())
        .thenComparing(SeatMatch::rule));
    return matches;
  }

  /** Rule by rule, what {@code other} scores beyond this one (only rules that differ), worst first. */
  List<RuleScore> changesTo(RuleTotals other) {
    Map<String, RuleScore> mine = byRule();
    Map<String, RuleScore> theirs = other.byRule();
    Set<String> names = new HashSet<>(mine.keySet());
    names.addAll(theirs.keySet());
    List<RuleScore> changes = new ArrayList<>();
    for (String name : names) {
      RuleScore before = mine.getOrDefault(name, new RuleScore(name, RosterScore.ZERO, 0));
      RuleScore after = theirs.getOrDefault(name, new RuleScore(name, RosterScore.ZERO, 0));
      RuleScore change = new RuleScore(name, after.score().minus(before.score()), after.matches() - before.matches());
      if (!change.score().zeroOnEveryLevel()) {
        changes.add(change);
      }
    }
    changes.sort(WORST_FIRST);
    return changes;
  }

  private void forEachMatch(MatchAction action) {
    for (ConstraintMatchTotal<HardMediumSoftScore> total : explanation.getConstraintMatchTotalMap().values()) {
      for (ConstraintMatch<HardMediumSoftScore> match : total.getConstraintMatchSet()) {
        if (match.getJustification() instanceof RuleMatch why) {
          action.accept(total.getConstraintName(), match, why);
        }
      }
    }
  }

  private static RuleScore sum(RuleScore one, RuleScore other) {
    return new RuleScore(one.rule(), one.score().plus(other.score()), one.matches() + other.matches());
  }

  /** What to do with one match of a rule. */
  @FunctionalInterface
  private interface MatchAction {
    void accept(String rule, ConstraintMatch<HardMediumSoftScore> match, RuleMatch why);
  }
}
