package org.onpump.scheduler.explanation;

import java.util.List;

/**
 * What the roster would score if someone else held the seat ({@code perfusionistId} null: if nobody did), as the
 * difference from the roster as it stands: negative is worse.
 *
 * @param eligible whether the solver may offer this person the seat at all (credential, competency, privileges,
 *     licence, certification, board-eligible policy, first-call distance, time off)
 * @param feasible whether the roster would still break no hard rule
 * @param breaks the hard rules, and the rule that required seats are filled, that would be broken or broken more
 * @param ruleChanges every rule whose score would change, with the difference
 */
public record SeatAlternative(String perfusionistId, String displayName, boolean eligible,
    RosterScore scoreDifference, boolean feasible, List<String> breaks, List<RuleScore> ruleChanges) {}
