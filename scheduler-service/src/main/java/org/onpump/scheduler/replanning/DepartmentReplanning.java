package org.onpump.scheduler.replanning;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.onpump.scheduler.cases.CaseEventApplier;
import org.onpump.scheduler.cases.CaseEventOutcome;
import org.onpump.scheduler.cases.CaseKey;
import org.onpump.scheduler.department.HospitalDirectory;
import org.onpump.scheduler.emergency.EmergencyPager;
import org.onpump.scheduler.eventlog.EventLedger;
import org.onpump.scheduler.eventlog.RejectedEvents;
import org.onpump.shared.event.CaseEvent;
import org.onpump.shared.event.EmergencyBypassRequested;
import org.onpump.shared.event.PlannedCase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applies a batch of one department's case events in one transaction: each event is recorded with what became of
 * it (applied, stale, parked or rejected), events parked for a case are applied once it is booked, an emergency
 * pages its responder, and the department is marked for replanning, together or not at all.
 */
@Service
class DepartmentReplanning {

  private static final Logger log = LoggerFactory.getLogger(DepartmentReplanning.class);

  private final HospitalDirectory directory;
  private final EventLedger ledger;
  private final RejectedEvents rejected;
  private final CaseEventApplier applier;
  private final EmergencyPager pager;
  private final DepartmentPlans plans;
  private final Clock clock;
  private final MeterRegistry meters;

  DepartmentReplanning(HospitalDirectory directory, EventLedger ledger, RejectedEvents rejected,
      CaseEventApplier applier, EmergencyPager pager, DepartmentPlans plans, Clock clock, MeterRegistry meters) {
    this.directory = directory;
    this.ledger = ledger;
    this.rejected = rejected;
    this.applier = applier;
    this.pager = pager;
    this.plans = plans;
    this.clock = clock;
    this.meters = meters;
  }

  /** Applies the events in order (repeats are skipped); returns whether any changed a case. */
  @Transactional
  public boolean apply(String departmentId, List<CaseEvent> events) {
    if (!directory.lock(departmentId)) {
      throw new IllegalStateException("department " + departmentId + " is not known");
    }
    Instant now = clock.instant();
    CaseEvent lastApplied = null;
    for (CaseEvent event : events) {
      if (!ledger.claim(event, now)) {
        count("duplicate");
        log.debug("Skipped event {}: already handled", event.eventId());
        continue;
      }
      if (applyOne(event, now)) {
        lastApplied = event;
        if (event instanceof PlannedCase || event instanceof EmergencyBypassRequested) {
          for (CaseEvent parked : ledger.parkedFor(CaseKey.of(event))) {
            applyOne(parked, now);
          }
        }
        if (event instanceof EmergencyBypassRequested emergency) {
          pager.page(emergency, now);
        }
      }
    }
    if (lastApplied != null) {
      plans.markDirty(departmentId, lastApplied.eventId(), now);
    }
    return lastApplied != null;
  }

  private boolean applyOne(CaseEvent event, Instant now) {
    CaseEventOutcome outcome = applier.apply(event);
    ledger.record(event, outcome, now);
    count(outcome.status().name().toLowerCase(Locale.ROOT));
    if (outcome.status() == CaseEventOutcome.Status.REJECTED) {
      rejected.recordRefused(event, outcome.describe(), now);
      log.warn("Event {} ({}) refused: {}", event.eventId(), event.type(), outcome.reason());
    } else if (outcome.status() != CaseEventOutcome.Status.APPLIED) {
      log.info("Event {} ({}) {}: {}", event.eventId(), event.type(), outcome.status(), outcome.reason());
    }
    return outcome.changedTheCase();
  }

  private void count(String outcome) {
    meters.counter("onpump.case.events.processed", "outcome", outcome).increment();
  }
}
