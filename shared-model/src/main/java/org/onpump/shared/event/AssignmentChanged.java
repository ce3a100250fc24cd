package org.onpump.shared.event;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * OnPump changed who holds a seat on a case ({@code role}: primary, second, student or stand-by), or the plan of a
 * case someone keeps; {@code reason} says which. {@code previousAssignee} or {@code assignee} is null when the seat
 * had, or now has, nobody: an unfilled required seat is announced, never dropped. {@code causationEventId} is the
 * case event that led to the change.
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
    /** The primary perfusionist: responsible for the case. */
    PRIMARY,
    /** A second perfusionist, on case types whose department policy needs one. */
    SECOND,
    /** A student's training seat, beside a certified perfusionist on the same case; never required. */
    STUDENT,
    /** The perfusionist standing by with a primed pump on a case that may need bypass. */
    STANDBY
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
    CASE_CANCELLED,
    /** The case no longer has this seat (its procedure type or the department's policy changed). */
    SEAT_REMOVED
  }

  /** The perfusionists this change concerns: whoever lost the seat and whoever got it. */
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
