package org.onpump.infra.benchmarks;

import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;
import org.onpump.shared.event.CaseCancelled;
import org.onpump.shared.event.CaseEvent;
import org.onpump.shared.event.CaseRescheduled;
import org.onpump.shared.event.CaseScheduled;
import org.onpump.shared.event.Competency;
import org.onpump.shared.event.OnPumpEvent;

/**
 * An elective case of the background load as the hospital knows it, and the event about it still on its way
 * through the pipeline (one at a time per case, so that every event is its case's last and its change is its own).
 */
final class LiveCase {

  static final String SOURCE = "bench-or-system";

  final String departmentId;
  final String hospitalId;
  final String caseId;
  final String procedureType;
  final Competency competency;
  final String orRoom;
  final ZoneId zone;
  Instant plannedStart;
  int minutes;
  private UUID pending;
  private long pendingSince;

  LiveCase(String departmentId, String hospitalId, String caseId, String procedureType, Competency competency,
      String orRoom, ZoneId zone, Instant plannedStart, int minutes) {
    this.departmentId = departmentId;
    this.hospitalId = hospitalId;
    this.caseId = caseId;
    this.procedureType = procedureType;
    this.competency = competency;
    this.orRoom = orRoom;
    this.zone = zone;
    this.plannedStart = plannedStart;
    this.minutes = minutes;
  }

  static LiveCase of(String departmentId, SeededDepartment.CaseTemplate template) {
    return new LiveCase(departmentId, template.hospitalId(), template.caseId(), template.procedureType(),
        template.competency(), template.orRoom(), template.zone(), template.plannedStart(), template.minutes());
  }

  CaseScheduled booked(Instant now) {
    return pending(new CaseScheduled(UUID.randomUUID(), now, SOURCE, hospitalId, departmentId,
        OnPumpEvent.SCHEMA_VERSION, caseId, procedureType, competency, orRoom, plannedStart, minutes, zone.getId()));
  }

  CaseRescheduled rescheduled(Instant now, Instant start, int newMinutes) {
    plannedStart = start;
    minutes = newMinutes;
    return pending(new CaseRescheduled(UUID.randomUUID(), now, SOURCE, hospitalId, departmentId,
        OnPumpEvent.SCHEMA_VERSION, caseId, procedureType, competency, orRoom, plannedStart, minutes, zone.getId()));
  }

  CaseCancelled cancelled(Instant now) {
    return pending(new CaseCancelled(UUID.randomUUID(), now, SOURCE, hospitalId, departmentId,
        OnPumpEvent.SCHEMA_VERSION, caseId));
  }

  private <T extends CaseEvent> T pending(T event) {
    pending = event.eventId();
    pendingSince = System.nanoTime();
    return event;
  }

  /** Whether the last event about the case has had its effect (or has been waited for long enough). */
  boolean isIdle(PipelineObserver observer, long patienceNanos) {
    return pending == null || observer.firstChangeCausedBy(pending) != null
        || System.nanoTime() - pendingSince > patienceNanos;
  }
}
