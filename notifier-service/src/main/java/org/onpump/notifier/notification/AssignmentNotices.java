package org.onpump.notifier.notification;

import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.onpump.shared.event.AssignmentChanged;
import org.onpump.shared.event.AssignmentChanged.AssignmentRole;
import org.onpump.shared.event.AssignmentChanged.ChangeReason;
import org.onpump.shared.event.NotificationRequested;
import org.onpump.shared.event.NotificationRequested.Urgency;
import org.onpump.shared.event.OnPumpEvent;
import org.onpump.shared.event.StaffMember;

/**
 * Words an assignment change as one notice per affected perfusionist, with times in the hospital's time zone.
 * The events carry no patient data, and neither do the notices.
 */
public final class AssignmentNotices {

  /** The {@code source} of the notices the notifier words itself. */
  static final String SOURCE = "onpump-notifier";

  /** A change this close to the planned start is urgent: the person may already be planning their day. */
  static final Duration SHORT_NOTICE = Duration.ofHours(12);

  private static final DateTimeFormatter LONG_START =
      DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm", Locale.ENGLISH);
  private static final DateTimeFormatter SHORT_START = DateTimeFormatter.ofPattern("EEE d MMM HH:mm", Locale.ENGLISH);

  private static final ZoneId UTC = ZoneId.of("UTC");

  private AssignmentNotices() {}

  /** The notices for everyone the change concerns: whoever lost the seat and whoever got it. */
  public static List<NotificationRequested> of(AssignmentChanged change) {
    return change.affected().stream().map(person -> noticeFor(change, person)).toList();
  }

  /** The same change told to the same person always has the same id, so redelivery sends nothing twice. */
  static UUID notificationId(UUID assignmentEventId, String perfusionistId) {
    return UUID.nameUUIDFromBytes((assignmentEventId + "/" + perfusionistId).getBytes(StandardCharsets.UTF_8));
  }

  private static NotificationRequested noticeFor(AssignmentChanged change, StaffMember person) {
    boolean hasIt = change.assignee() != null && change.assignee().perfusionistId().equals(person.perfusionistId());
    boolean hadIt = change.previousAssignee() != null
        && change.previousAssignee().perfusionistId().equals(person.perfusionistId());
    String what = orDefault(change.procedureType(), "Case") + " in " + orDefault(change.orRoom(), "an OR to be named");
    String seat = seat(change.role());
    String when = "planned start " + plannedStart(change) + ", planned duration " + duration(change) + ".";
    String subject;
    String message;
    if (hasIt && hadIt) {
      subject = "your " + what + " changed, now " + shortStart(change);
      message = "your case " + change.caseId() + " changed. You remain " + seat + ": " + what + ", " + when;
    } else if (hasIt) {
      subject = assignedSubject(change.role(), what) + ", " + shortStart(change);
      message = "you are now " + seat + " for case " + change.caseId() + ": " + what + ", " + when
          + (change.previousAssignee() == null ? "" : " You take over from " + name(change.previousAssignee()) + ".");
    } else if (change.reason() == ChangeReason.CASE_CANCELLED) {
      subject = "cancelled: " + what + ", " + shortStart(change);
      message = "the hospital cancelled case " + change.caseId() + ": " + what + ", " + when
          + " You are no longer needed for it.";
    } else if (change.reason() == ChangeReason.SEAT_REMOVED) {
      subject = "no longer needed: " + seatName(change.role()) + " on " + what + ", " + shortStart(change);
      message = "case " + change.caseId() + " no longer needs " + seat + " (its plan changed): " + what + ", "
          + when + " You are no longer needed for it.";
    } else {
      subject = "you are no longer on " + what + ", " + shortStart(change);
      message = "you are no longer " + seat + " for case " + change.caseId() + ": " + what + ", " + when
          + (change.assignee() != null ? " " + name(change.assignee()) + " takes it over."
              : change.role() == AssignmentRole.STUDENT ? " The training seat stays open."
              : " Nobody else could be assigned safely yet: the case is open.");
    }
    return new NotificationRequested(
        notificationId(change.eventId(), person.perfusionistId()),
        change.occurredAt(),
        SOURCE,
        change.hospitalId(),
        change.departmentId(),
        OnPumpEvent.SCHEMA_VERSION,
        change.eventId(),
        person,
        urgency(change),
        NotificationRecorder.SUBJECT_PREFIX + subject,
        greeting(person) + message);
  }

  /** The seat as the person holds it: "the primary perfusionist", "in the training seat", ... */
  private static String seat(AssignmentRole role) {
    return switch (role) {
      case PRIMARY -> "the primary perfusionist";
      case SECOND -> "the second perfusionist";
      case STANDBY -> "the stand-by perfusionist (primed pump)";
      case STUDENT -> "the student in the training seat (beside a certified perfusionist)";
    };
  }

  private static String seatName(AssignmentRole role) {
    return switch (role) {
      case PRIMARY -> "primary perfusionist";
      case SECOND -> "second perfusionist";
      case STANDBY -> "pump stand-by";
      case STUDENT -> "training seat";
    };
  }

  private static String assignedSubject(AssignmentRole role, String what) {
    return switch (role) {
      case PRIMARY -> "you are assigned to " + what;
      case SECOND -> "you are the second perfusionist on " + what;
      case STANDBY -> "pump stand-by for " + what;
      case STUDENT -> "training seat on " + what;
    };
  }

  private static Urgency urgency(AssignmentChanged change) {
    boolean soon = change.occurredAt() != null
        && Duration.between(change.occurredAt(), change.plannedStart()).compareTo(SHORT_NOTICE) < 0;
    return soon ? Urgency.URGENT : Urgency.ROUTINE;
  }

  /** For example {@code Mon 23 Nov 2026, 07:30 (America/New_York)}. */
  static String plannedStart(AssignmentChanged change) {
    ZoneId zone = hospitalZone(change.hospitalTimeZone());
    return LONG_START.format(change.plannedStart().atZone(zone)) + " (" + zone.getId() + ")";
  }

  private static String shortStart(AssignmentChanged change) {
    return SHORT_START.format(change.plannedStart().atZone(hospitalZone(change.hospitalTimeZone())));
  }

  /** An unknown or missing zone falls back to UTC, and the text says so. */
  private static ZoneId hospitalZone(String timeZone) {
    if (timeZone == null || timeZone.isBlank()) {
      return UTC;
    }
    try {
      return ZoneId.of(timeZone);
    } catch (DateTimeException e) {
      return UTC;
    }
  }

  /** For example {@code 4 h}, {@code 3 h 30 min}, {@code 45 min}. */
  static String duration(AssignmentChanged change) {
    int minutes = change.plannedDurationMinutes();
    int hours = minutes / 60;
    int rest = minutes % 60;
    if (hours == 0) {
      return rest + " min";
    }
    return rest == 0 ? hours + " h" : hours + " h " + rest + " min";
  }

  private static String greeting(StaffMember person) {
    return person.displayName() == null || person.displayName().isBlank() ? "Hello, " : person.displayName() + ", ";
  }

  private static String name(StaffMember person) {
    return orDefault(person.displayName(), person.perfusionistId());
  }

  private static String orDefault(String value, String fallback) {
    return value == null || value.isBlank() ? fallback : value;
  }
}
