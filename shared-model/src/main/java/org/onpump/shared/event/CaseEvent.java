package org.onpump.shared.event;

/** An event a hospital system posts about one case. {@code caseId} is the hospital's scheduling reference, never an MRN. */
public sealed interface CaseEvent extends OnPumpEvent
    permits PlannedCase, CaseCancelled, CaseStarted, CaseEnded, EmergencyBypassRequested {

  String caseId();
}
