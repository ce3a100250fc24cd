package org.onpump.scheduler.calendar;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.onpump.scheduler.calendar.Places.HospitalPlace;
import org.onpump.scheduler.publication.PublishedSeat;

/**
 * What a calendar event says about a published seat: its kind, room and procedure type, the hospital and its local
 * times. Never the case id or anything else about the patient.
 */
final class SeatTexts {

  private static final DateTimeFormatter LOCAL =
      DateTimeFormatter.ofPattern("EEE d MMM uuuu HH:mm", Locale.ENGLISH);

  private SeatTexts() {
  }

  /** "On call: first call, General Hospital" or "PRIMARY, OR-3 (CABG)". */
  static String summary(PublishedSeat seat, HospitalPlace hospital) {
    return switch (seat.kind()) {
      case "FIRST_CALL" -> "On call: first call, " + hospital.name();
      case "SECOND_CALL" -> "On call: second call, " + hospital.name();
      default -> seat.kind() + ", " + (seat.orRoom() != null ? seat.orRoom() : hospital.name())
          + (seat.procedureType() != null ? " (" + seat.procedureType() + ")" : "");
    };
  }

  /** A department feed's summary: who holds the seat first. */
  static String summaryWithHolder(PublishedSeat seat, HospitalPlace hospital, String holder) {
    return (holder == null ? "Unfilled" : holder) + ": " + summary(seat, hospital);
  }

  static String location(PublishedSeat seat, HospitalPlace hospital) {
    return seat.orRoom() == null ? hospital.name() : hospital.name() + ", " + seat.orRoom();
  }

  static String description(PublishedSeat seat, HospitalPlace hospital) {
    List<String> lines = new ArrayList<>();
    lines.add("Hospital: " + hospital.name());
    if (seat.orRoom() != null) {
      lines.add("Room: " + seat.orRoom());
    }
    if (seat.procedureType() != null) {
      lines.add("Procedure type: " + seat.procedureType());
    }
    lines.add("Local time: " + LOCAL.format(seat.start().atZone(hospital.zone())) + " to "
        + LOCAL.format(seat.end().atZone(hospital.zone())) + " (" + hospital.zone().getId() + ")");
    List<String> marks = new ArrayList<>();
    if (seat.night()) {
      marks.add("night");
    }
    if (seat.weekend()) {
      marks.add("weekend");
    }
    if (seat.holiday()) {
      marks.add("holiday");
    }
    if (!marks.isEmpty()) {
      lines.add("Counts as: " + String.join(", ", marks));
    }
    lines.add("Published roster version " + seat.version());
    return String.join("\n", lines);
  }
}
