package org.onpump.scheduler.replanning;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.onpump.scheduler.cases.CaseEventApplier;
import org.onpump.scheduler.cases.CaseEventApplier.Outcome;
import org.onpump.scheduler.cases.CaseKey;
import org.onpump.scheduler.department.HospitalDirectory;
import org.onpump.shared.event.CaseEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applies a batch of one department's case events and replans the department, all in one transaction: the
 * events are recorded as processed, the cases and assignments change, and the announcements are queued in the
 * outbox together, or not at all.
 */
@Service
class DepartmentReplanning {

  private static final Logger log = LoggerFactory.getLogger(DepartmentReplanning.class);

  private final HospitalDirectory directory;
  private final ProcessedEvents processed;
  private final CaseEventApplier applier;
  private final RosterUpdate rosterUpdate;
  private final Clock clock;
  private final MeterRegistry meters;

  DepartmentReplanning(HospitalDirectory directory, ProcessedEvents processed, CaseEventApplier applier,
      RosterUpdate rosterUpdate, Clock clock, MeterRegistry meters) {
    this.directory = directory;
    this.processed = processed;
    this.applier = applier;
    this.rosterUpdate = rosterUpdate;
    this.clock = clock;
    this.meters = meters;
  }

  /** Applies the events in order (repeats are skipped) and, if any changed a case, replans the department. */
  @Transactional
  public void apply(String departmentId, List<CaseEvent> events) {
    if (!directory.lock(departmentId)) {
      throw new IllegalStateException("department " + departmentId + " is not known");
    }
    Instant now = clock.instant();
    Map<CaseKey, UUID> causes = new LinkedHashMap<>();
    UUID lastApplied = null;
    for (CaseEvent event : events) {
      if (!processed.claim(event, now)) {
        count("duplicate");
        log.debug("Skipped event {}: already processed", event.eventId());
        continue;
      }
      Outcome outcome = applier.apply(event);
      processed.recordOutcome(event.eventId(), outcome.name());
      count(outcome.name().toLowerCase(Locale.ROOT).replace('_', '-'));
      if (outcome == Outcome.APPLIED) {
        causes.put(CaseKey.of(event), event.eventId());
        lastApplied = event.eventId();
      } else {
        log.warn("Event {} ({}) is about case {} which is not known; recorded and skipped",
            event.eventId(), event.type(), CaseKey.of(event));
      }
    }
    if (lastApplied != null) {
      int changes = rosterUpdate.replan(departmentId, causes, lastApplied);
      log.info("Department {}: {} events, {} seat changes", departmentId, events.size(), changes);
    }
  }

  private void count(String outcome) {
    meters.counter("onpump.case.events.processed", "outcome", outcome).increment();
  }
}
