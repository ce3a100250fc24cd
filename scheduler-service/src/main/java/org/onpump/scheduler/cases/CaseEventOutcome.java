package org.onpump.scheduler.cases;

/**
 * What applying a case event did, and why when it did not simply apply. {@code field} names the event field a
 * rejection is about.
 */
public record CaseEventOutcome(Status status, String field, String reason) {

  /** The fate of an event; every event ends in one of these. */
  public enum Status {
    APPLIED,
    /** Older than what the case already knows: recorded, changes nothing. */
    STALE,
    /** About a case not booked yet: kept, and applied when the booking arrives. */
    PARKED,
    /** A move the case cannot make: recorded, dead-lettered with the reason, changes nothing. */
    REJECTED
  }

  static CaseEventOutcome applied() {
    return new CaseEventOutcome(Status.APPLIED, null, null);
  }

  static CaseEventOutcome applied(String note) {
    return new CaseEventOutcome(Status.APPLIED, null, note);
  }

  static CaseEventOutcome stale(String reason) {
    return new CaseEventOutcome(Status.STALE, null, reason);
  }

  static CaseEventOutcome parked(String reason) {
    return new CaseEventOutcome(Status.PARKED, null, reason);
  }

  static CaseEventOutcome rejected(String field, String reason) {
    return new CaseEventOutcome(Status.REJECTED, field, reason);
  }

  /** The reason as stored and dead-lettered: {@code field: reason} when it is about one field. */
  public String describe() {
    return field == null ? reason : field + ": " + reason;
  }

  public boolean changedTheCase() {
    return status == Status.APPLIED;
  }
}
