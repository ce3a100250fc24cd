package org.onpump.notifier.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.onpump.notifier.TestEvents;
import org.onpump.shared.event.AssignmentChanged;
import org.onpump.shared.event.AssignmentChanged.AssignmentRole;
import org.onpump.shared.event.AssignmentChanged.ChangeReason;
import org.onpump.shared.event.NotificationRequested;
import org.onpump.shared.event.NotificationRequested.Urgency;
import org.onpump.shared.event.StaffMember;

class AssignmentNoticesTest {

  private final StaffMember ben = new StaffMember("p-02", "Ben Carter", "ben.carter@demo.onpump.org");
  private final StaffMember ana = new StaffMember("p-01", "Ana Ortiz", "ana.ortiz@demo.onpump.org");

  @Test
  void plannedStartIsShownInTheHospitalTimeZoneWithTheZoneName() {
    AssignmentChanged change = TestEvents.assignmentChanged(ben, ana);

    assertThat(AssignmentNotices.plannedStart(change)).isEqualTo("Mon 23 Nov 2026, 07:30 (America/New_York)");
  }

  @Test
  void summerTimeIsTakenIntoAccount() {
    AssignmentChanged change = withStartAndZone(Instant.parse("2026-07-01T12:30:00Z"), "America/New_York");

    assertThat(AssignmentNotices.plannedStart(change)).isEqualTo("Wed 1 Jul 2026, 08:30 (America/New_York)");
  }

  @Test
  void anUnknownTimeZoneFallsBackToUtcAndSaysSo() {
    AssignmentChanged change = withStartAndZone(Instant.parse("2026-11-23T12:30:00Z"), "Mars/Olympus_Mons");

    assertThat(AssignmentNotices.plannedStart(change)).isEqualTo("Mon 23 Nov 2026, 12:30 (UTC)");
  }

  @Test
  void theNewAssigneeIsToldTheyAreAssignedAndThePreviousOneThatTheCaseWasTakenOffThem() {
    AssignmentChanged change = TestEvents.assignmentChanged(ben, ana);

    List<NotificationRequested> notices = AssignmentNotices.of(change);

    assertThat(notices).extracting(NotificationRequested::recipient).containsExactlyInAnyOrder(ben, ana);
    NotificationRequested toAna = noticeFor(notices, ana);
    assertThat(toAna.subject()).isEqualTo("OnPump: you are assigned to CABG in OR-1, Mon 23 Nov 07:30");
    assertThat(toAna.message()).isEqualTo("Ana Ortiz, you are now the primary perfusionist for case "
        + change.caseId() + ": CABG in OR-1, planned start Mon 23 Nov 2026, 07:30 (America/New_York), "
        + "planned duration 4 h. You take over from Ben Carter.");
    NotificationRequested toBen = noticeFor(notices, ben);
    assertThat(toBen.subject()).isEqualTo("OnPump: you are no longer on CABG in OR-1, Mon 23 Nov 07:30");
    assertThat(toBen.message()).startsWith("Ben Carter, you are no longer the primary perfusionist for case "
        + change.caseId()).endsWith(" Ana Ortiz takes it over.");
    assertThat(notices).allSatisfy(notice -> {
      assertThat(notice.causationEventId()).isEqualTo(change.eventId());
      assertThat(notice.departmentId()).isEqualTo(change.departmentId());
      assertThat(notice.violations()).isEmpty();
    });
  }

  @Test
  void aCaseLeftWithoutAnAssigneeSaysSo() {
    NotificationRequested toBen = AssignmentNotices.of(TestEvents.assignmentChanged(ben, null)).get(0);

    assertThat(toBen.message()).endsWith(" Nobody else could be assigned safely yet: the case is open.");
  }

  @Test
  void aCancelledCaseIsToldAsCancelledNotAsOpen() {
    NotificationRequested toBen = AssignmentNotices.of(
        TestEvents.assignmentChanged(ben, null, ChangeReason.CASE_CANCELLED)).get(0);

    assertThat(toBen.subject()).isEqualTo("OnPump: cancelled: CABG in OR-1, Mon 23 Nov 07:30");
    assertThat(toBen.message()).contains("the hospital cancelled case").endsWith("You are no longer needed for it.");
  }

  @Test
  void aPerfusionistWhoKeepsAChangedCaseIsToldItChanged() {
    List<NotificationRequested> notices = AssignmentNotices.of(TestEvents.assignmentChanged(ana, ana));

    assertThat(notices).singleElement().satisfies(notice -> {
      assertThat(notice.subject()).isEqualTo("OnPump: your CABG in OR-1 changed, now Mon 23 Nov 07:30");
      assertThat(notice.message()).contains("You remain the primary perfusionist");
    });
  }

  @Test
  void theNotificationIdDependsOnlyOnTheEventAndThePerfusionist() {
    AssignmentChanged change = TestEvents.assignmentChanged(ben, ana);

    List<NotificationRequested> first = AssignmentNotices.of(change);
    List<NotificationRequested> again = AssignmentNotices.of(change);

    assertThat(again).extracting(NotificationRequested::eventId)
        .containsExactlyElementsOf(first.stream().map(NotificationRequested::eventId).toList())
        .doesNotHaveDuplicates();
    assertThat(noticeFor(first, ana).eventId())
        .isEqualTo(AssignmentNotices.notificationId(change.eventId(), "p-01"))
        .isNotEqualTo(AssignmentNotices.notificationId(TestEvents.assignmentChanged(ben, ana).eventId(), "p-01"));
  }

  @Test
  void durationsAreWrittenInHoursAndMinutes() {
    assertThat(AssignmentNotices.duration(withDuration(240))).isEqualTo("4 h");
    assertThat(AssignmentNotices.duration(withDuration(210))).isEqualTo("3 h 30 min");
    assertThat(AssignmentNotices.duration(withDuration(45))).isEqualTo("45 min");
  }

  @Test
  void aChangeLessThanTwelveHoursBeforeTheStartIsUrgent() {
    AssignmentChanged farAhead = TestEvents.assignmentChanged(null, ana);
    AssignmentChanged shortNotice = withStartAndZone(farAhead.occurredAt().plusSeconds(3600), "America/New_York");

    assertThat(AssignmentNotices.of(farAhead).get(0).urgency()).isEqualTo(Urgency.ROUTINE);
    assertThat(AssignmentNotices.of(shortNotice).get(0).urgency()).isEqualTo(Urgency.URGENT);
  }

  @Test
  void aSecondPerfusionistIsToldTheyAreTheSecondOnTheCase() {
    AssignmentChanged change = withRole(TestEvents.assignmentChanged(null, ana), AssignmentRole.SECOND,
        ChangeReason.ASSIGNED);

    NotificationRequested toAna = AssignmentNotices.of(change).get(0);

    assertThat(toAna.subject()).isEqualTo("OnPump: you are the second perfusionist on CABG in OR-1, Mon 23 Nov 07:30");
    assertThat(toAna.message()).startsWith("Ana Ortiz, you are now the second perfusionist for case "
        + change.caseId() + ": CABG in OR-1, planned start Mon 23 Nov 2026, 07:30 (America/New_York)");
  }

  @Test
  void aStudentIsToldAboutTheTrainingSeatAndThatItStaysOpenWhenTheyLeaveIt() {
    AssignmentChanged gained = withRole(TestEvents.assignmentChanged(null, ana), AssignmentRole.STUDENT,
        ChangeReason.ASSIGNED);
    AssignmentChanged lost = withRole(TestEvents.assignmentChanged(ana, null), AssignmentRole.STUDENT,
        ChangeReason.UNFILLED);

    assertThat(AssignmentNotices.of(gained).get(0).subject())
        .isEqualTo("OnPump: training seat on CABG in OR-1, Mon 23 Nov 07:30");
    assertThat(AssignmentNotices.of(gained).get(0).message())
        .contains("you are now the student in the training seat (beside a certified perfusionist) for case");
    assertThat(AssignmentNotices.of(lost).get(0).message())
        .contains("you are no longer the student in the training seat").endsWith(" The training seat stays open.");
  }

  @Test
  void pumpStandByIsWordedAsStandBy() {
    AssignmentChanged change = withRole(TestEvents.assignmentChanged(null, ana), AssignmentRole.STANDBY,
        ChangeReason.ASSIGNED);

    NotificationRequested toAna = AssignmentNotices.of(change).get(0);

    assertThat(toAna.subject()).isEqualTo("OnPump: pump stand-by for CABG in OR-1, Mon 23 Nov 07:30");
    assertThat(toAna.message()).contains("you are now the stand-by perfusionist (primed pump) for case");
  }

  @Test
  void aSeatTheCaseNoLongerHasIsToldAsNotNeededRatherThanOpen() {
    AssignmentChanged change = withRole(TestEvents.assignmentChanged(ben, null), AssignmentRole.SECOND,
        ChangeReason.SEAT_REMOVED);

    NotificationRequested toBen = AssignmentNotices.of(change).get(0);

    assertThat(toBen.subject())
        .isEqualTo("OnPump: no longer needed: second perfusionist on CABG in OR-1, Mon 23 Nov 07:30");
    assertThat(toBen.message()).contains("no longer needs the second perfusionist")
        .endsWith("You are no longer needed for it.").doesNotContain("open");
  }

  private static AssignmentChanged withRole(AssignmentChanged c, AssignmentRole role, ChangeReason reason) {
    return new AssignmentChanged(c.eventId(), c.occurredAt(), c.source(), c.hospitalId(), c.departmentId(),
        c.schemaVersion(), c.causationEventId(), c.caseId(), role, reason, c.procedureType(), c.orRoom(),
        c.plannedStart(), c.plannedDurationMinutes(), c.hospitalTimeZone(), c.previousAssignee(), c.assignee());
  }

  private static NotificationRequested noticeFor(List<NotificationRequested> notices, StaffMember person) {
    return notices.stream().filter(n -> n.recipient().equals(person)).findFirst().orElseThrow();
  }

  private AssignmentChanged withStartAndZone(Instant start, String zone) {
    AssignmentChanged c = TestEvents.assignmentChanged(ben, ana);
    return new AssignmentChanged(c.eventId(), c.occurredAt(), c.source(), c.hospitalId(), c.departmentId(),
        c.schemaVersion(), c.causationEventId(), c.caseId(), c.role(), c.reason(), c.procedureType(), c.orRoom(), start,
        c.plannedDurationMinutes(), zone, c.previousAssignee(), c.assignee());
  }

  private AssignmentChanged withDuration(int minutes) {
    AssignmentChanged c = TestEvents.assignmentChanged(ben, ana);
    return new AssignmentChanged(c.eventId(), c.occurredAt(), c.source(), c.hospitalId(), c.departmentId(),
        c.schemaVersion(), c.causationEventId(), c.caseId(), c.role(), c.reason(), c.procedureType(), c.orRoom(),
        c.plannedStart(), minutes, c.hospitalTimeZone(), c.previousAssignee(), c.assignee());
  }
}
