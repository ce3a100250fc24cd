package org.onpump.scheduler.oncall;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Who holds one on-call seat: first or second call at a hospital for a night, or for the day of a weekend or
 * holiday. {@code seatId} is the roster's id, {@code <hospitalId>/<day>/<DAY|NIGHT>/<role>}; {@code perfusionistId}
 * null: nobody could be found.
 */
public record OnCallSeat(String seatId, String hospitalId, LocalDate day, Part part, Role role, Instant start,
    Instant end, String perfusionistId) {

  /** The day (on weekends and holidays) or the night that follows it. */
  public enum Part {
    DAY,
    NIGHT
  }

  /** Paged first, or the backup. */
  public enum Role {
    FIRST_CALL,
    SECOND_CALL
  }

  /** The same seat with another holder. */
  public OnCallSeat heldBy(String holderId) {
    return new OnCallSeat(seatId, hospitalId, day, part, role, start, end, holderId);
  }
}
