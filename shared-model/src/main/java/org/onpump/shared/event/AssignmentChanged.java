package org.onpump.shared.event;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * OnPump changed who runs the pump on a case. {@code previousAssignee} or {@code assignee} is null when the case
 * had, or now has, nobody: an unfilled case is announced, never dropped. {@code causationEventId} is the case
 * event that led to the change.
 */
public record AssignmentChanged(
    UUID eventId,
    Instant occurredAt,
    String source,
    String hospitalId,
    String departmentId,
    Integer schemaVersion,
    UUID causationEventId,
    String caseId,
    AssignmentRole role,
    String procedureType,
    String orRoom,
    Instant plannedStart,
    Integer plannedDurationMinutes,
    String hospitalTimeZone,
    StaffMember previousAssignee,
    StaffMember assignee)
    implements OnPumpEvent {

  /** The seat on the case that changed. */
  public enum AssignmentRole {
    PRIMARY
  }

  /** The perfusionists this change concerns: whoever lost the case and whoever got it. */
  public List<StaffMember> affected() {
    if (previousAssignee == null || assignee == null) {
      return java.util.stream.Stream.of(previousAssignee, assignee).filter(java.util.Objects::nonNull).toList();
    }
    return previousAssignee.perfusionistId().equals(assignee.perfusionistId())
        ? List.of(assignee)
        : List.of(previousAssignee, assignee);
  }

  @Override
  public List<FieldViolation> violations() {
    return Checks.envelope(this)
        .required("causationEventId", causationEventId)
        .code("caseId", caseId)
        .required("role", role)
        .required("plannedStart", plannedStart)
        .minutes("plannedDurationMinutes", plannedDurationMinutes, PlannedCase.MAX_DURATION_MINUTES)
        .result();
  }
}
