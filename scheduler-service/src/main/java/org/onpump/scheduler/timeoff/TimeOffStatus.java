package org.onpump.scheduler.timeoff;

/** Where a time-off request stands; only a PENDING request may be decided or withdrawn. */
public enum TimeOffStatus {
  PENDING,
  /** Approved: the time off is in force and the roster honours it. */
  APPROVED,
  DECLINED,
  /** Withdrawn by the requester before anyone decided. */
  WITHDRAWN
}
