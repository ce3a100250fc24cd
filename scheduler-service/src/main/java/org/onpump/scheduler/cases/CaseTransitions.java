package org.onpump.scheduler.cases;

import org.onpump.shared.event.CaseCancelled;
import org.onpump.shared.event.CaseEnded;
import org.onpump.shared.event.CaseEvent;
import org.onpump.shared.event.CaseRescheduled;
import org.onpump.shared.event.CaseScheduled;
import org.onpump.shared.event.CaseStarted;
import org.onpump.shared.event.EmergencyBypassRequested;

/**
 * The moves a case can make. A scheduled case can be moved, cancelled, started or ended; a running case can be
 * moved (it runs long), started again (a corrected time) or ended; a cancelled case can only be booked again; a
 * finished case can only have its end corrected.
 */
final class CaseTransitions {

  private CaseTransitions() {
  }

  /** Why the event cannot apply to a case in this state; null when it can. */
  static CaseEventOutcome refusal(CaseEvent event, CaseState state) {
    CaseStatus status = state.status();
    if (event instanceof EmergencyBypassRequested) {
      return CaseEventOutcome.rejected("caseId", "an emergency must name a new case; this one is already "
          + describe(status));
    }
    if (event instanceof CaseScheduled && (status == CaseStatus.IN_PROGRESS || status == CaseStatus.DONE)) {
      return CaseEventOutcome.rejected("type", "the case cannot be booked: it is already " + describe(status));
    }
    if (event instanceof CaseRescheduled && (status == CaseStatus.CANCELLED || status == CaseStatus.DONE)) {
      return CaseEventOutcome.rejected("type", "the case cannot be moved: it is " + describe(status));
    }
    if (event instanceof CaseCancelled && (status == CaseStatus.IN_PROGRESS || status == CaseStatus.DONE)) {
      return CaseEventOutcome.rejected("type", "the case cannot be cancelled: it is " + describe(status)
          + "; send CaseEnded");
    }
    if (event instanceof CaseStarted && (status == CaseStatus.CANCELLED || status == CaseStatus.DONE)) {
      return CaseEventOutcome.rejected("type", "the case cannot start: it is " + describe(status));
    }
    if (event instanceof CaseEnded ended) {
      if (status == CaseStatus.CANCELLED) {
        return CaseEventOutcome.rejected("type", "the case cannot end: it was cancelled");
      }
      if (state.startedAt() != null && status != CaseStatus.DONE && ended.endedAt().isBefore(state.startedAt())) {
        return CaseEventOutcome.rejected("endedAt", "the case ends before it started (" + state.startedAt() + ")");
      }
    }
    return null;
  }

  private static String describe(CaseStatus status) {
    return switch (status) {
      case SCHEDULED -> "booked";
      case IN_PROGRESS -> "running";
      case DONE -> "finished";
      case CANCELLED -> "cancelled";
    };
  }
}
