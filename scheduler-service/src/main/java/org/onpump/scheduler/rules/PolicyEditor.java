package org.onpump.scheduler.rules;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.onpump.scheduler.audit.WorkflowAudit;
import org.onpump.scheduler.department.HospitalDirectory;
import org.onpump.scheduler.replanning.RosterInputs;
import org.onpump.scheduler.web.InvalidRequestException;
import org.onpump.scheduler.web.NotFoundException;
import org.onpump.shared.event.FieldViolation;
import org.onpump.shared.security.Caller;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A manager changes some of the department's rules: the others stay as they are, every change is checked first
 * (nothing is written when one is wrong), audited with its old and new value, and the department is replanned.
 */
@Service
class PolicyEditor {

  private final PolicyRepository policies;
  private final HospitalDirectory directory;
  private final RosterInputs inputs;
  private final WorkflowAudit audit;
  private final Clock clock;

  PolicyEditor(PolicyRepository policies, HospitalDirectory directory, RosterInputs inputs, WorkflowAudit audit,
      Clock clock) {
    this.policies = policies;
    this.directory = directory;
    this.inputs = inputs;
    this.audit = audit;
    this.clock = clock;
  }

  PolicyView policy(String departmentId) {
    requireDepartment(departmentId);
    return PolicyView.of(departmentId, policies.current(departmentId), PolicyRepository.defaults());
  }

  @Transactional
  PolicyView change(Caller caller, String departmentId, Map<String, Object> body) {
    requireDepartment(departmentId);
    List<FieldViolation> violations = new ArrayList<>();
    Map<PolicyRule, Object> changes = new EnumMap<>(PolicyRule.class);
    if (body == null || body.isEmpty()) {
      violations.add(new FieldViolation("$", "name at least one rule to change, such as {\"restMinutes\": 600}"));
    } else {
      PolicyValues.read(body, changes, violations);
    }
    if (!violations.isEmpty()) {
      throw new InvalidRequestException("Invalid policy change", violations);
    }
    policies.lock(departmentId);
    Map<PolicyRule, Object> before = policies.current(departmentId);
    Map<PolicyRule, Object> after = new EnumMap<>(before);
    after.putAll(changes);
    PolicyValues.checkTogether(after, changes.keySet(), violations);
    if (!violations.isEmpty()) {
      throw new InvalidRequestException("Invalid policy change", violations);
    }
    changes.entrySet().removeIf(change -> Objects.equals(before.get(change.getKey()), change.getValue()));
    if (!changes.isEmpty()) {
      policies.update(departmentId, changes);
      Instant now = clock.instant();
      inputs.changed(departmentId, now);
      audit.record(caller, departmentId, "POLICY_EDITED", "policy", changes.entrySet().stream()
          .map(change -> change.getKey().field + ": " + before.get(change.getKey()) + " -> " + change.getValue())
          .collect(Collectors.joining("; ")), now);
    }
    return policy(departmentId);
  }

  private void requireDepartment(String departmentId) {
    if (!directory.departmentExists(departmentId)) {
      throw new NotFoundException("Unknown department", "No department '" + departmentId + "' is known to OnPump");
    }
  }
}
