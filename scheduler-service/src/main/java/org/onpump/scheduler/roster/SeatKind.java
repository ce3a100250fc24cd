package org.onpump.scheduler.roster;

/** What a seat on the roster is for; its kind decides which rules apply. */
public enum SeatKind {
  /** The primary perfusionist of a pump case: responsible for the case. */
  PRIMARY,
  /** A second perfusionist, on case types whose policy needs one. */
  SECOND,
  /** A student's training seat: optional, and only beside a CCP on the same case. */
  STUDENT,
  /** One perfusionist standing by with a primed pump on a case that may need bypass. */
  STANDBY,
  /** A shift of ECMO coverage at the bedside. */
  ECMO,
  /** First call: paged first, must reach the hospital within the response time. */
  FIRST_CALL,
  /** Second call: the backup when first call is on pump or does not answer. */
  SECOND_CALL;

  /** Work that keeps the perfusionist at a pump or bedside for its whole length. */
  public boolean isWork() {
    return !isOnCall();
  }

  public boolean isOnCall() {
    return this == FIRST_CALL || this == SECOND_CALL;
  }

  /** A seat that must be filled; only a student's seat may stay empty. */
  public boolean isRequired() {
    return this != STUDENT;
  }

  /** A seat on a pump case (primary, second, student, stand-by). */
  public boolean isOnCase() {
    return this == PRIMARY || this == SECOND || this == STUDENT || this == STANDBY;
  }

  /** Work that occupies a qualified perfusionist, for the N + 1 count (a student is never the spare). */
  public boolean occupiesAPerfusionist() {
    return isWork() && this != STUDENT;
  }

  /** ABCP clinical activity: primary or secondary perfusionist on a case. */
  public boolean isClinicalActivity() {
    return this == PRIMARY || this == SECOND;
  }
}
