package org.onpump.scheduler.publication;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.onpump.scheduler.staff.Perfusionist;
import org.onpump.scheduler.team.StaffNotices;
import org.springframework.stereotype.Component;

/**
 * Tells people what a publication means for them ({@link StaffNotices}, in the publication's transaction): on a first
 * publication of their days, everyone with a seat gets a digest of their seats; on a republication, only those whose
 * seats changed (including those who lost every seat) get the new list. Each message is sent once (its id derives
 * from the department, the version and the person). Seats carry times, rooms and case types, never patient data.
 */
@Component
class PublishedDigests {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);
  private static final int MOST_LINES = 60;

  private final StaffNotices notices;

  PublishedDigests(StaffNotices notices) {
    this.notices = notices;
  }

  /** Queues the digests; returns how many people are told. */
  int tell(Publication publication, List<PublishedSeat> before, List<PublishedSeat> after,
      Map<String, Perfusionist> staff, ZoneId zone, Instant now) {
    Map<String, Set<String>> was = bySeatPerson(before);
    Map<String, Set<String>> is = bySeatPerson(after);
    Set<String> people = new LinkedHashSet<>(is.keySet());
    people.addAll(was.keySet());
    int told = 0;
    for (String personId : people) {
      Set<String> theirNow = is.getOrDefault(personId, Set.of());
      boolean first = before.isEmpty();
      if (!first && theirNow.equals(was.getOrDefault(personId, Set.of()))) {
        continue;
      }
      Perfusionist person = staff.get(personId);
      if (person == null) {
        continue;
      }
      List<PublishedSeat> theirs = after.stream().filter(seat -> personId.equals(seat.perfusionistId()))
          .sorted(Comparator.comparing(PublishedSeat::start)).toList();
      digest(publication, person, theirs, first, zone, now);
      told++;
    }
    return told;
  }

  private void digest(Publication publication, Perfusionist person, List<PublishedSeat> seats, boolean first, ZoneId zone, Instant now) {
    UUID cause = UUID.nameUUIDFromBytes(("roster-publication:" + publication.departmentId() + ":"
        + publication.version()).getBytes(StandardCharsets.UTF_8));
    String days = DAY.format(publication.firstDay()) + " to " + DAY.format(publication.endDay().minusDays(1));
    String subject = "OnPump: your roster for " + days + (first ? " is published" : " changed")
        + " (version " + publication.version() + ")";
    StringBuilder text = new StringBuilder(person.displayName()).append(first
        ? ", your roster for " : ", your roster changed for ").append(days).append(" (version ")
        .append(publication.version()).append(", times in ").append(zone.getId()).append("):\n");
    if (seats.isEmpty()) {
      text.append("You have no seats on these days now.\n");
    }
    seats.stream().limit(MOST_LINES).forEach(seat -> text.append("- ").append(line(seat, zone)).append('\n'));
    if (seats.size() > MOST_LINES) {
      text.append("... and ").append(seats.size() - MOST_LINES).append(" more: see your schedule.\n");
    }
    notices.tell(publication.departmentId(), person, "roster-publication:" + publication.departmentId() + ":"
        + publication.version(), cause, subject, text.toString(), now);
  }

  static String line(PublishedSeat seat, ZoneId zone) {
    String when = DAY.format(seat.start().atZone(zone)) + " " + TIME.format(seat.start().atZone(zone)) + "-"
        + TIME.format(seat.end().atZone(zone));
    String what = switch (seat.kind()) {
      case "FIRST_CALL" -> "first call";
      case "SECOND_CALL" -> "second call";
      case "ECMO" -> "ECMO shift";
      default -> seat.kind().toLowerCase(Locale.ROOT) + (seat.orRoom() == null ? "" : ", " + seat.orRoom())
          + (seat.procedureType() == null ? "" : " (" + seat.procedureType() + ")");
    };
    return when + " " + what + " at " + seat.hospitalId();
  }

  private static Map<String, Set<String>> bySeatPerson(List<PublishedSeat> seats) {
    return seats.stream().filter(seat -> seat.perfusionistId() != null).collect(Collectors.groupingBy(
        PublishedSeat::perfusionistId, Collectors.mapping(
            seat -> seat.seatId() + "@" + seat.start() + "-" + seat.end(), Collectors.toCollection(HashSet::new))));
  }
}
