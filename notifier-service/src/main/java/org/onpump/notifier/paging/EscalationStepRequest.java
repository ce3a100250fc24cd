package org.onpump.notifier.paging;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;

/** One step of a chain as a manager sets it. */
record EscalationStepRequest(@NotNull EscalationStep.Target target, @NotNull Duration after) {

  @AssertTrue(message = "after must be from 10 seconds (PT10S) to 24 hours (PT24H)")
  boolean isAfterInRange() {
    return after == null
        || (after.compareTo(Duration.ofSeconds(10)) >= 0 && after.compareTo(Duration.ofHours(24)) <= 0);
  }

  EscalationStep step() {
    return new EscalationStep(target, after);
  }
}
