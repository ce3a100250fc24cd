package org.onpump.notifier;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.onpump.shared.event.AssignmentChanged;
import org.onpump.shared.event.AssignmentChanged.AssignmentRole;
import org.onpump.shared.event.AssignmentChanged.ChangeReason;
import org.onpump.shared.event.NotificationRequested;
import org.onpump.shared.event.NotificationRequested.Urgency;
import org.onpump.shared.event.OnPumpEvent;
import org.onpump.shared.event.PageRequest;
import org.onpump.shared.event.StaffMember;

/** Events for tests, with fresh ids so that tests sharing one database and broker never see each other's data. */
public final class TestEvents {

  public static final String DEPARTMENT = "demo-cardiac";
  public static final String HOSPITAL = "demo-general";
  public static final Instant PLANNED_START = Instant.parse("2026-11-23T12:30:00Z");

  private TestEvents() {}

  /** A perfusionist no other test knows, with a deliverable address. */
  public static StaffMember perfusionist(String displayName) {
    String id = "t-" + UUID.randomUUID().toString().substring(0, 13);
    return new StaffMember(id, displayName, id + "@test.onpump.org");
  }

  /** A change with the reason the scheduler would give it: unfilled, plan changed or assigned. */
  public static AssignmentChanged assignmentChanged(StaffMember previousAssignee, StaffMember assignee) {
    ChangeReason reason = assignee == null ? ChangeReason.UNFILLED
        : previousAssignee != null && previousAssignee.equals(assignee) ? ChangeReason.PLAN_CHANGED
        : ChangeReason.ASSIGNED;
    return assignmentChanged(previousAssignee, assignee, reason);
  }

  public static AssignmentChanged assignmentChanged(StaffMember previousAssignee, StaffMember assignee,
      ChangeReason reason) {
    return new AssignmentChanged(UUID.randomUUID(), Instant.parse("2026-11-20T15:00:00Z"), "onpump-scheduler",
        HOSPITAL, DEPARTMENT, OnPumpEvent.SCHEMA_VERSION, UUID.randomUUID(),
        "case-" + UUID.randomUUID().toString().substring(0, 8), AssignmentRole.PRIMARY, reason, "CABG", "OR-1",
        PLANNED_START, 240, "America/New_York", previousAssignee, assignee);
  }

  /** A department no other test knows, so that its escalation chains are the test's own. */
  public static String newDepartment() {
    return "dep-" + UUID.randomUUID().toString().substring(0, 8);
  }

  /** An emergency page for the department, to {@code paged}, escalating to {@code escalation} in order. */
  public static NotificationRequested page(String department, StaffMember paged,
      PageRequest.Escalation... escalation) {
    return new NotificationRequested(UUID.randomUUID(), Instant.now(), "onpump-scheduler", HOSPITAL, department,
        OnPumpEvent.SCHEMA_VERSION, UUID.randomUUID(), paged, Urgency.URGENT, "EMERGENCY bypass at demo-general, OR-2",
        "Emergency CABG at demo-general, OR-2, needs ADULT_CARDIAC. Go now and acknowledge this page.",
        new PageRequest(PageRequest.Kind.EMERGENCY, List.of(escalation)));
  }

  public static PageRequest.Escalation secondCall(StaffMember person) {
    return new PageRequest.Escalation(PageRequest.Role.SECOND_CALL, person);
  }

  public static PageRequest.Escalation chief(StaffMember person) {
    return new PageRequest.Escalation(PageRequest.Role.CHIEF, person);
  }

  public static NotificationRequested notificationRequested(StaffMember recipient, String subject) {
    return new NotificationRequested(UUID.randomUUID(), Instant.now(), "onpump-scheduler", HOSPITAL, DEPARTMENT,
        OnPumpEvent.SCHEMA_VERSION, UUID.randomUUID(), recipient, Urgency.URGENT, subject,
        "Please call the chief perfusionist about tomorrow's list.");
  }
}
