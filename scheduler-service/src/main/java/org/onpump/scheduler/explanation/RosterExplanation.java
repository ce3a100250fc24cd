package org.onpump.scheduler.explanation;

import java.time.Instant;
import java.util.List;

/**
 * A department's stored roster over a range, scored as it stands (nothing is solved): the total, each rule's part
 * and each perfusionist's part. Matches that concern no one person (a seat nobody holds, N + 1 at a moment) count in
 * the rules and in no person's total.
 *
 * @param seats how many seats the roster has; {@code filledSeats} of them are held
 */
public record RosterExplanation(String departmentId, Instant from, Instant to, RosterScore score, boolean feasible,
    int seats, int filledSeats, List<RuleScore> rules, List<PersonScore> perfusionists) {}
