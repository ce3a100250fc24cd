package org.onpump.scheduler.explanation;

import java.util.List;

/** One match of a rule that involves a seat: its score, whose roster it concerns, the seats it names and why. */
public record SeatMatch(String rule, RosterScore score, String perfusionistId, List<String> seatIds, String detail) {}
