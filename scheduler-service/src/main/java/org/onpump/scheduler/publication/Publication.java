package org.onpump.scheduler.publication;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One published version of a department's roster for the days {@code [firstDay, endDay)}.
 *
 * @param seats how many seats it has; {@code unfilled} of them nobody could be found for
 * @param notified how many people were told (a first publication: everyone with a seat; later: those it changed)
 */
public record Publication(String departmentId, int version, LocalDate firstDay, LocalDate endDay,
    String publishedBy, Instant publishedAt, String note, long softScore, int seats, int unfilled, int notified) {}
