package org.onpump.scheduler.explanation;

import java.util.List;

/** One perfusionist's share of a roster's score, in total and rule by rule. */
public record PersonScore(String perfusionistId, String displayName, RosterScore score, List<RuleScore> rules) {}
