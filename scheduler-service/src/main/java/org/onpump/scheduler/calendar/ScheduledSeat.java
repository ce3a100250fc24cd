package org.onpump.scheduler.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.onpump.scheduler.calendar.Places.HospitalPlace;
import org.onpump.scheduler.publication.PublishedSeat;

/**
 * One seat of a person's published schedule, with the hospital's name and the local times on its clock.
 *
 * @param summary what a calendar shows, e.g. "On call: first call, General Hospital" or "PRIMARY, OR-3 (CABG)"
 * @param version the published roster version the seat comes from
 */
public record ScheduledSeat(String seatId, String kind, String summary, String hospitalId, String hospitalName,
    String timeZone, String caseId, String orRoom, String procedureType, LocalDate day, Instant start,
    Instant end, LocalDateTime localStart, LocalDateTime localEnd, boolean night, boolean weekend,
    boolean holiday, int version) {

  static ScheduledSeat of(PublishedSeat seat, HospitalPlace hospital) {
    return new ScheduledSeat(seat.seatId(), seat.kind(), SeatTexts.summary(seat, hospital), hospital.id(),
        hospital.name(), hospital.zone().getId(), seat.caseId(), seat.orRoom(), seat.procedureType(), seat.day(),
        seat.start(), seat.end(), LocalDateTime.ofInstant(seat.start(), hospital.zone()),
        LocalDateTime.ofInstant(seat.end(), hospital.zone()), seat.night(), seat.weekend(), seat.holiday(),
        seat.version());
  }
}
