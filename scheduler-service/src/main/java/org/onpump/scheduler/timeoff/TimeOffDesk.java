package org.onpump.scheduler.timeoff;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.onpump.scheduler.audit.WorkflowAudit;
import org.onpump.scheduler.department.HospitalDirectory;
import org.onpump.scheduler.replanning.RosterInputs;
import org.onpump.scheduler.security.ForbiddenException;
import org.onpump.scheduler.staff.Perfusionist;
import org.onpump.scheduler.staff.StaffRepository;
import org.onpump.scheduler.team.StaffNotices;
import org.onpump.scheduler.web.ConflictException;
import org.onpump.scheduler.web.NotFoundException;
import org.onpump.shared.security.Caller;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Time off from request to decision: a perfusionist (or a manager for them) asks, a manager approves or declines
 * once, the requester may withdraw while nobody has. Approval puts the time off in force for the roster and marks
 * the department for replanning; the requester is told the decision.
 */
@Service
class TimeOffDesk {

  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM yyyy HH:mm", Locale.ENGLISH);

  private final TimeOffRequests requests;
  private final StaffRepository staff;
  private final HospitalDirectory directory;
  private final RosterInputs inputs;
  private final WorkflowAudit audit;
  private final StaffNotices notices;
  private final Clock clock;

  TimeOffDesk(TimeOffRequests requests, StaffRepository staff, HospitalDirectory directory, RosterInputs inputs,
      WorkflowAudit audit, StaffNotices notices, Clock clock) {
    this.requests = requests;
    this.staff = staff;
    this.directory = directory;
    this.inputs = inputs;
    this.audit = audit;
    this.notices = notices;
    this.clock = clock;
  }

  @Transactional
  TimeOffRequest request(Caller caller, String departmentId, String perfusionistId, TimeOffForm form) {
    person(departmentId, perfusionistId);
    Instant now = clock.instant();
    TimeOffForm.Period period = form.validate(now);
    TimeOffRequest request = new TimeOffRequest(UUID.randomUUID(), departmentId, perfusionistId, period.start(),
        period.end(), period.reason(), TimeOffStatus.PENDING, caller.subject(), now, null, null, null);
    requests.insert(request);
    audit.record(caller, departmentId, "TIME_OFF_REQUESTED", request.id().toString(),
        perfusionistId + " from " + period.start() + " to " + period.end(), now);
    return request;
  }

  /** Managers see every request; anyone else their own only. */
  List<TimeOffRequest> list(Caller caller, String departmentId, TimeOffStatus status) {
    requireDepartment(departmentId);
    return requests.list(departmentId, status,
        caller.manages(departmentId) ? null : caller.perfusionistId() == null ? "" : caller.perfusionistId());
  }

  @Transactional
  TimeOffRequest decide(Caller caller, String departmentId, String requestId, DecisionForm form) {
    DecisionForm.Decision decision = form.validate();
    TimeOffRequest request = pending(departmentId, requestId, "decided");
    Instant now = clock.instant();
    Long timeOffId = null;
    if (decision.status() == TimeOffStatus.APPROVED) {
      timeOffId = requests.grant(request);
      inputs.changed(departmentId, now);
    }
    requests.close(request.id(), decision.status(), caller.subject(), now, decision.note(), timeOffId);
    audit.record(caller, departmentId, "TIME_OFF_" + decision.status(), request.id().toString(),
        request.perfusionistId() + " from " + request.startsAt() + " to " + request.endsAt(), now);
    tellRequester(request, decision, now);
    return requests.lock(departmentId, request.id()).orElseThrow();
  }

  /** Only the person the request is for, or whoever filed it, may withdraw it. */
  @Transactional
  TimeOffRequest withdraw(Caller caller, String departmentId, String requestId) {
    TimeOffRequest request = find(departmentId, requestId);
    if (!caller.is(request.perfusionistId()) && !caller.subject().equals(request.requestedBy())) {
      throw new ForbiddenException("only the requester may withdraw a time-off request");
    }
    pending(departmentId, requestId, "withdrawn");
    Instant now = clock.instant();
    requests.close(request.id(), TimeOffStatus.WITHDRAWN, caller.subject(), now, null, null);
    audit.record(caller, departmentId, "TIME_OFF_WITHDRAWN", request.id().toString(), request.perfusionistId(), now);
    return requests.lock(departmentId, request.id()).orElseThrow();
  }

  private void tellRequester(TimeOffRequest request, DecisionForm.Decision decision, Instant now) {
    Perfusionist person = person(request.departmentId(), request.perfusionistId());
    ZoneId zone = notices.zoneOf(request.departmentId());
    String outcome = decision.status() == TimeOffStatus.APPROVED ? "approved" : "declined";
    String period = WHEN.format(request.startsAt().atZone(zone)) + " to " + WHEN.format(request.endsAt().atZone(zone))
        + " (" + zone.getId() + " time)";
    notices.tell(request.departmentId(), person, "time-off-decision:" + request.id(), request.id(),
        "OnPump: time off " + outcome,
        person.displayName() + ", your time off from " + period + " was " + outcome + "."
            + (decision.note() == null ? "" : " Note: " + decision.note()), now);
  }

  private TimeOffRequest pending(String departmentId, String requestId, String verb) {
    TimeOffRequest request = find(departmentId, requestId);
    if (request.status() != TimeOffStatus.PENDING) {
      throw new ConflictException("Request already closed", "The request is " + request.status()
          + " and cannot be " + verb + " now", Map.of("status", request.status().name()));
    }
    return request;
  }

  private TimeOffRequest find(String departmentId, String requestId) {
    requireDepartment(departmentId);
    UUID id;
    try {
      id = UUID.fromString(requestId);
    } catch (IllegalArgumentException e) {
      throw unknownRequest(departmentId, requestId);
    }
    return requests.lock(departmentId, id).orElseThrow(() -> unknownRequest(departmentId, requestId));
  }

  private Perfusionist person(String departmentId, String perfusionistId) {
    requireDepartment(departmentId);
    Perfusionist person = staff.departmentStaffById(departmentId).get(perfusionistId);
    if (person == null) {
      throw new NotFoundException("Unknown perfusionist",
          "Department '" + departmentId + "' has no perfusionist '" + perfusionistId + "'");
    }
    return person;
  }

  private void requireDepartment(String departmentId) {
    if (!directory.departmentExists(departmentId)) {
      throw new NotFoundException("Unknown department", "No department '" + departmentId + "' is known to OnPump");
    }
  }

  private static NotFoundException unknownRequest(String departmentId, String requestId) {
    return new NotFoundException("Unknown time-off request",
        "Department '" + departmentId + "' has no time-off request '" + requestId + "'");
  }
}
