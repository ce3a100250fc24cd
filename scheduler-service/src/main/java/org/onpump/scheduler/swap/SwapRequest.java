package org.onpump.scheduler.swap;

import java.time.Instant;
import java.util.UUID;

/**
 * A perfusionist's request to hand a seat to a colleague (COVER) or to trade seats with them (SWAP).
 *
 * @param colleagueSeatId the colleague's seat the requester takes in a SWAP; null for a COVER
 * @param reason why it was refused or declined, or the manager's note
 */
public record SwapRequest(UUID id, String departmentId, Kind kind, String requestedBy, String seatId,
    String colleagueId, String colleagueSeatId, Status status, String reason, Instant createdAt, String decidedBy,
    Instant decidedAt) {

  /** A trade of two seats, or one seat handed over. */
  public enum Kind {
    SWAP,
    COVER
  }

  /**
   * PROPOSED: waiting for the colleague; ACCEPTED: waiting for a manager; APPROVED: done, seats moved;
   * DECLINED: by the colleague or a manager; WITHDRAWN: by the requester; REFUSED: it broke a hard rule at approval.
   */
  public enum Status {
    PROPOSED,
    ACCEPTED,
    APPROVED,
    DECLINED,
    WITHDRAWN,
    REFUSED
  }

  public boolean isOpen() {
    return status == Status.PROPOSED || status == Status.ACCEPTED;
  }
}
