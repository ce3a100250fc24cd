package org.onpump.scheduler.staff;

/** A perfusionist's credential, lowest first. */
public enum CredentialLevel {
  /** Enrolled in an accredited programme; never alone on a case, never primary. */
  STUDENT,
  /** Graduated, not yet certified. */
  BOARD_ELIGIBLE,
  /** Certified clinical perfusionist. */
  CCP
}
