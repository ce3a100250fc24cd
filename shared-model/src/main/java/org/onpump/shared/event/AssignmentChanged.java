package org.onpump.shared.event;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * OnPump changed who runs the pump on a case, or the plan of a case someone runs; {@code reason} says which.
 * {@code previousAssignee} or {@code assignee} is null when the case had, or now has, nobody: an unfilled case is
 * announced, never dropped. {@code causationEventId} is the case event that led to the change.
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
    ChangeReason reason,
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

  /** Why the seat changed, so that people are told the right thing. */
  public enum ChangeReason {
    /** {@code assignee} now runs the case: a first assignment, or taking it over from {@code previousAssignee}. */
    ASSIGNED,
    /** The same person keeps the case, whose plan (time, duration, room) changed. */
    PLAN_CHANGED,
    /** Nobody safe could be found: the case is open and needs the chief perfusionist's attention. */
    UNFILLED,
    /** The hospital cancelled the case: nobody is needed any more. */
    CASE_CANCELLED
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
        .required("reason", reason)
        .instant("plannedStart", plannedStart)
        .minutes("plannedDurationMinutes", plannedDurationMinutes, PlannedCase.MAX_DURATION_MINUTES)
        .timeZone("hospitalTimeZone", hospitalTimeZone)
        .result();
  }
}
