package org.onpump.scheduler.cases;

import java.time.Clock;
import java.time.Instant;
import org.onpump.shared.event.CaseCancelled;
import org.onpump.shared.event.CaseEnded;
import org.onpump.shared.event.CaseEvent;
import org.onpump.shared.event.CaseScheduled;
import org.onpump.shared.event.CaseStarted;
import org.onpump.shared.event.EmergencyBypassRequested;
import org.onpump.shared.event.PlannedCase;
import org.springframework.stereotype.Component;

/** Applies one hospital case event to the stored cases. Call it inside the department's transaction. */
@Component
public class CaseEventApplier {

  /** What applying an event did. */
  public enum Outcome {
    APPLIED,
    /** The event is about a case OnPump never heard of (events out of order, or a lost booking): nothing changed. */
    UNKNOWN_CASE
  }

  private final PumpCaseRepository cases;
  private final Clock clock;

  public CaseEventApplier(PumpCaseRepository cases, Clock clock) {
    this.cases = cases;
    this.clock = clock;
  }

  public Outcome apply(CaseEvent event) {
    Instant now = clock.instant();
    CaseKey key = CaseKey.of(event);
    if (event instanceof PlannedCase planned) {
      cases.savePlan(plan(planned), planned instanceof CaseScheduled, event.eventId(), now);
      return Outcome.APPLIED;
    }
    if (event instanceof EmergencyBypassRequested emergency) {
      cases.savePlan(plan(emergency), true, event.eventId(), now);
      return Outcome.APPLIED;
    }
    boolean known;
    if (event instanceof CaseCancelled) {
      known = cases.updateStatus(key, CaseStatus.CANCELLED, null, null, event.eventId(), now);
    } else if (event instanceof CaseStarted started) {
      known = cases.updateStatus(key, CaseStatus.IN_PROGRESS, started.startedAt(), null, event.eventId(), now);
    } else if (event instanceof CaseEnded ended) {
      known = cases.updateStatus(key, CaseStatus.DONE, ended.startedAt(), ended.endedAt(), event.eventId(), now);
    } else {
      throw new IllegalArgumentException("not a case event type: " + event.type());
    }
    return known ? Outcome.APPLIED : Outcome.UNKNOWN_CASE;
  }

  private static PumpCase plan(PlannedCase c) {
    return new PumpCase(CaseKey.of(c), c.departmentId(), c.procedureType(), c.requiredCompetency(), c.orRoom(),
        c.plannedStart(), c.plannedDurationMinutes(), c.hospitalTimeZone(), CaseStatus.SCHEDULED, null, null);
  }

  /** An emergency starts when it is requested and runs in the place it names. */
  private static PumpCase plan(EmergencyBypassRequested e) {
    return new PumpCase(CaseKey.of(e), e.departmentId(), e.procedureType(), e.requiredCompetency(), e.location(),
        e.occurredAt(), e.expectedDurationMinutes(), e.hospitalTimeZone(), CaseStatus.SCHEDULED, null, null);
  }
}
