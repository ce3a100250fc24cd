package org.onpump.scheduler.team;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.onpump.scheduler.audit.WorkflowAudit;
import org.onpump.scheduler.department.Hospital;
import org.onpump.scheduler.department.HospitalDirectory;
import org.onpump.scheduler.replanning.RosterInputs;
import org.onpump.scheduler.staff.Perfusionist;
import org.onpump.scheduler.staff.StaffRepository;
import org.onpump.scheduler.web.ConflictException;
import org.onpump.scheduler.web.InvalidRequestException;
import org.onpump.scheduler.web.NotFoundException;
import org.onpump.shared.event.ContactMethod;
import org.onpump.shared.event.FieldViolation;
import org.onpump.shared.security.Caller;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A manager adds and edits the department's perfusionists, a person keeps their own contact methods: each change
 * is audited and, when the roster reads it, marks the department for replanning in the same transaction.
 */
@Service
class TeamChanges {

  private final TeamRepository team;
  private final StaffRepository staff;
  private final HospitalDirectory directory;
  private final RosterInputs inputs;
  private final WorkflowAudit audit;
  private final Clock clock;

  TeamChanges(TeamRepository team, StaffRepository staff, HospitalDirectory directory, RosterInputs inputs,
      WorkflowAudit audit, Clock clock) {
    this.team = team;
    this.staff = staff;
    this.directory = directory;
    this.inputs = inputs;
    this.audit = audit;
    this.clock = clock;
  }

  /** Everyone in the department as this caller may see them: all of it for managers and for themself. */
  List<PerfusionistView> members(Caller caller, String departmentId) {
    requireDepartment(departmentId);
    return staff.departmentStaff(departmentId).stream()
        .map(person -> caller.manages(departmentId) || caller.is(person.id()) ? PerfusionistView.full(person)
            : PerfusionistView.colleague(person))
        .toList();
  }

  PerfusionistView details(String departmentId, String perfusionistId) {
    requireDepartment(departmentId);
    return PerfusionistView.full(person(departmentId, perfusionistId));
  }

  @Transactional
  PerfusionistView add(Caller caller, String departmentId, PerfusionistForm form) {
    requireDepartment(departmentId);
    PerfusionistDetails person = form.validate(null, hospitals(departmentId));
    if (!team.insert(departmentId, person)) {
      throw new ConflictException("Perfusionist exists", "A perfusionist with id '" + person.id() + "' exists",
          Map.of("perfusionistId", person.id()));
    }
    changed(caller, departmentId, "PERFUSIONIST_ADDED", person);
    return details(departmentId, person.id());
  }

  @Transactional
  PerfusionistView replace(Caller caller, String departmentId, String perfusionistId, PerfusionistForm form) {
    requireDepartment(departmentId);
    PerfusionistDetails person = form.validate(perfusionistId, hospitals(departmentId));
    if (!team.replace(departmentId, person)) {
      throw unknownPerson(departmentId, perfusionistId);
    }
    changed(caller, departmentId, "PERFUSIONIST_EDITED", person);
    return details(departmentId, perfusionistId);
  }

  /** Contact methods are not a roster input: the change is audited, not replanned. */
  @Transactional
  PerfusionistView replaceContactMethods(Caller caller, String departmentId, String perfusionistId,
      List<ContactMethodForm> forms) {
    requireDepartment(departmentId);
    List<FieldViolation> violations = new ArrayList<>();
    if (forms == null) {
      violations.add(new FieldViolation("contactMethods", "is required: a list, empty for email only"));
    }
    List<ContactMethod> methods = ContactMethodForm.validate("contactMethods", forms, violations);
    if (!violations.isEmpty()) {
      throw new InvalidRequestException("Invalid contact methods", violations);
    }
    if (!team.replaceContactMethods(departmentId, perfusionistId, methods)) {
      throw unknownPerson(departmentId, perfusionistId);
    }
    audit.record(caller, departmentId, "CONTACT_METHODS_EDITED", perfusionistId,
        methods.stream().map(method -> method.kind().name()).collect(Collectors.joining(", ", "[", "]")),
        clock.instant());
    return details(departmentId, perfusionistId);
  }

  private void changed(Caller caller, String departmentId, String action, PerfusionistDetails person) {
    Instant now = clock.instant();
    inputs.changed(departmentId, now);
    audit.record(caller, departmentId, action, person.id(), person.displayName() + ", "
        + person.credential().level() + ", competencies " + person.competencies() + ", privileges "
        + person.privileges().keySet(), now);
  }

  private Perfusionist person(String departmentId, String perfusionistId) {
    Perfusionist person = staff.departmentStaffById(departmentId).get(perfusionistId);
    if (person == null) {
      throw unknownPerson(departmentId, perfusionistId);
    }
    return person;
  }

  private Set<String> hospitals(String departmentId) {
    return directory.hospitals(departmentId).stream().map(Hospital::id).collect(Collectors.toSet());
  }

  private void requireDepartment(String departmentId) {
    if (!directory.departmentExists(departmentId)) {
      throw new NotFoundException("Unknown department", "No department '" + departmentId + "' is known to OnPump");
    }
  }

  private static NotFoundException unknownPerson(String departmentId, String perfusionistId) {
    return new NotFoundException("Unknown perfusionist",
        "Department '" + departmentId + "' has no perfusionist '" + perfusionistId + "'");
  }
}
