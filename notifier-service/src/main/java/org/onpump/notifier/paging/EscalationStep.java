package org.onpump.notifier.paging;

import java.time.Duration;

/**
 * One step of an escalation chain: who is paged, {@code after} the step before it (the first step counts from the
 * page itself) while nobody has acknowledged.
 */
public record EscalationStep(Target target, Duration after) {

  /** Who a step pages: the person paged first (again), the second call, the chief perfusionist. */
  public enum Target {
    PAGED,
    SECOND_CALL,
    CHIEF
  }
}
