package org.onpump.scheduler.cases;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.onpump.shared.event.CaseCancelled;
import org.onpump.shared.event.CaseEnded;
import org.onpump.shared.event.CaseEvent;
import org.onpump.shared.event.CaseRescheduled;
import org.onpump.shared.event.CaseStarted;
import org.onpump.shared.event.EmergencyBypassRequested;
import org.onpump.shared.event.PlannedCase;
import org.springframework.stereotype.Component;

/**
 * Applies one hospital case event to the stored case, in the order the hospital says things happened: an event
 * older than the case's last applied one is stale, an event about a case not booked yet is parked, and a move the
 * case cannot make (a start after its end, a booking of a finished case) is rejected with the reason. Call it
 * inside the department's transaction.
 */
@Component
public class CaseEventApplier {

  private final PumpCaseRepository cases;
  private final Clock clock;

  public CaseEventApplier(PumpCaseRepository cases, Clock clock) {
    this.cases = cases;
    this.clock = clock;
  }

  public CaseEventOutcome apply(CaseEvent event) {
    Instant now = clock.instant();
    Optional<CaseState> known = cases.state(CaseKey.of(event));
    if (known.isEmpty()) {
      return book(event, now);
    }
    CaseState state = known.get();
    if (event.occurredAt().isBefore(state.lastEventAt())) {
      return CaseEventOutcome.stale("the case already has a later event (from " + state.lastEventAt() + ")");
    }
    CaseEventOutcome refusal = CaseTransitions.refusal(event, state);
    if (refusal != null) {
      return refusal;
    }
    if (event instanceof PlannedCase planned) {
      cases.savePlan(plan(planned), state.status() == CaseStatus.CANCELLED, event, now);
    } else if (event instanceof CaseCancelled) {
      cases.updateStatus(event, CaseStatus.CANCELLED, null, null, now);
    } else if (event instanceof CaseStarted started) {
      cases.updateStatus(event, CaseStatus.IN_PROGRESS, started.startedAt(), null, now);
    } else if (event instanceof CaseEnded ended) {
      cases.updateStatus(event, CaseStatus.DONE, ended.startedAt(), ended.endedAt(), now);
    }
    return CaseEventOutcome.applied();
  }

  /** The first event of a case: a booking (or a move, which carries the whole plan) books it; the rest wait. */
  private CaseEventOutcome book(CaseEvent event, Instant now) {
    if (event instanceof PlannedCase planned) {
      cases.savePlan(plan(planned), true, event, now);
      return event instanceof CaseRescheduled
          ? CaseEventOutcome.applied("the case was not known; its move booked it")
          : CaseEventOutcome.applied();
    }
    if (event instanceof EmergencyBypassRequested emergency) {
      cases.savePlan(plan(emergency), true, event, now);
      return CaseEventOutcome.applied();
    }
    return CaseEventOutcome.parked("the case is not booked yet; this " + event.type()
        + " is applied when its booking arrives");
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
