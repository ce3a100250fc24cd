package org.onpump.scheduler.replanning;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;
import org.onpump.scheduler.oncall.OnCallSeat;
import org.onpump.scheduler.staff.Perfusionist;
import org.onpump.shared.event.NotificationRequested;
import org.onpump.shared.event.NotificationRequested.Urgency;
import org.onpump.shared.event.OnPumpEvent;

/** Words one person's on-call changes as one routine notice, with times on the hospital's clock. No patient data. */
final class OnCallNotices {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);

  private OnCallNotices() {}

  /** A seat the person now holds ({@code gained}) or no longer holds, at a hospital on that clock. */
  record Change(OnCallSeat seat, ZoneId zone, boolean gained) {}

  static NotificationRequested of(String departmentId, Perfusionist person, List<Change> changes, UUID cause,
      Instant now) {
    List<Change> ordered = changes.stream().sorted(Comparator.comparing((Change change) -> change.seat().start()))
        .toList();
    long gained = ordered.stream().filter(Change::gained).count();
    String subject = "OnPump: your on-call rota changed (" + count(gained, "seat") + " added, "
        + count(ordered.size() - gained, "seat") + " removed)";
    String message = person.displayName() + ", your on-call rota changed:\n"
        + ordered.stream().map(change -> "- " + line(change)).collect(Collectors.joining("\n"))
        + "\nTimes are local to the hospital ("
        + ordered.stream().map(change -> change.zone().getId()).distinct().collect(Collectors.joining(", ")) + ").";
    return new NotificationRequested(UUID.randomUUID(), now, RosterUpdate.SOURCE, ordered.get(0).seat().hospitalId(),
        departmentId, OnPumpEvent.SCHEMA_VERSION, cause, person.toStaffMember(), Urgency.ROUTINE, subject, message);
  }

  /** For example {@code now first call, night of Mon 23 Nov 17:00 to Tue 24 Nov 07:00, at demo-general}. */
  static String line(Change change) {
    OnCallSeat seat = change.seat();
    ZoneId zone = change.zone();
    String role = seat.role() == OnCallSeat.Role.FIRST_CALL ? "first call" : "second call";
    String part = seat.part() == OnCallSeat.Part.NIGHT ? "night" : "day";
    var start = seat.start().atZone(zone);
    var end = seat.end().atZone(zone);
    String until = start.toLocalDate().equals(end.toLocalDate())
        ? TIME.format(end) : DAY.format(end) + " " + TIME.format(end);
    return (change.gained() ? "now " : "no longer ") + role + ", " + part + " of " + DAY.format(seat.day()) + ", "
        + TIME.format(start) + " to " + until + ", at " + seat.hospitalId();
  }

  private static String count(long n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
