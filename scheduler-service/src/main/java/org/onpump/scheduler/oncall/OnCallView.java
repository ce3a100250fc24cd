package org.onpump.scheduler.oncall;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One on-call seat as the API shows it. {@code perfusionistId} null: nobody could be found for it; {@code timeZone}:
 * the hospital's, whose clock the seat's day and part follow.
 */
public record OnCallView(
    String seatId,
    String hospitalId,
    String timeZone,
    LocalDate day,
    OnCallSeat.Part part,
    OnCallSeat.Role role,
    Instant start,
    Instant end,
    String perfusionistId,
    String perfusionistName,
    boolean pinned,
    Instant updatedAt) {}
