package org.onpump.scheduler.explanation;

/**
 * What one rule (named as in the solver's constraint list) contributes to a score, and how many times it matched;
 * in a comparison, the difference of both.
 */
public record RuleScore(String rule, RosterScore score, int matches) {}
