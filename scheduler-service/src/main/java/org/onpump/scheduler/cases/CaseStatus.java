package org.onpump.scheduler.cases;

/** Where a pump case stands. Only scheduled and in-progress cases are planned. */
public enum CaseStatus {
  SCHEDULED,
  /** Started in the OR: its team no longer moves. */
  IN_PROGRESS,
  DONE,
  CANCELLED
}
