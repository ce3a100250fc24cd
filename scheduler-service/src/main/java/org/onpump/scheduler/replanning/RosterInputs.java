package org.onpump.scheduler.replanning;

import java.time.Instant;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * What a person's change to the roster's inputs (staff, credentials, time off, rules, a hand edit) tells the
 * planner: the department is replanned from the database soon, by whichever instance plans it. Call it in the
 * transaction of the change, so that a change and its replanning stand or fall together.
 */
@Component
public class RosterInputs {

  private final DepartmentPlans plans;

  RosterInputs(DepartmentPlans plans) {
    this.plans = plans;
  }

  /** @return the id that moves caused by this replanning name as their cause */
  public UUID changed(String departmentId, Instant now) {
    UUID cause = UUID.randomUUID();
    plans.markDirty(departmentId, cause, now);
    return cause;
  }
}
