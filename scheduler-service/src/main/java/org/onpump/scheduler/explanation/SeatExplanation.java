package org.onpump.scheduler.explanation;

import java.time.Instant;
import java.util.List;

/**
 * Why a seat is held by whom it is: the rule matches that involve the seat, and every alternative with what it
 * would cost or break, best first. {@code holderId} null: nobody holds it. A pinned seat keeps its holder, and the
 * per-seat rules do not judge it.
 */
public record SeatExplanation(String departmentId, String seatId, String kind, String hospitalId, String caseId,
    Instant start, Instant end, boolean pinned, String holderId, String holderName, RosterScore rosterScore,
    List<SeatMatch> matches, List<SeatAlternative> alternatives) {}
