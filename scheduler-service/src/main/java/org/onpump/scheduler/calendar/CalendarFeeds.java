package org.onpump.scheduler.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.onpump.scheduler.calendar.Places.HospitalPlace;
import org.onpump.scheduler.publication.PublishedRosters;
import org.onpump.scheduler.publication.PublishedSeat;
import org.onpump.scheduler.staff.Perfusionist;
import org.onpump.scheduler.staff.StaffRepository;
import org.springframework.stereotype.Service;

/**
 * The iCalendar feed behind a secret link: final published seats only (never a draft), from 30 days back to 120
 * days ahead. A person's feed shows their seats; a department's shows every seat with who holds it. Each seat is
 * one event whose UID stays the same across versions and whose SEQUENCE is the published version, so calendars
 * replace an event when a newer version moves it.
 */
@Service
public class CalendarFeeds {

  static final int DAYS_BACK = 30;
  static final int DAYS_AHEAD = 120;

  private final CalendarLinks links;
  private final PublishedRosters rosters;
  private final StaffRepository staff;
  private final Places places;

  CalendarFeeds(CalendarLinks links, PublishedRosters rosters, StaffRepository staff, Places places) {
    this.links = links;
    this.rosters = rosters;
    this.staff = staff;
    this.places = places;
  }

  /** The feed of the working link with this token, as of {@code now}; empty when there is no such link. */
  public Optional<String> feed(String token, Instant now) {
    if (!CalendarTokens.looksLikeToken(token)) {
      return Optional.empty();
    }
    return links.working(CalendarTokens.hash(token)).map(link -> link.perfusionistId() == null
        ? departmentFeed(link.departmentId(), now)
        : personFeed(link.departmentId(), link.perfusionistId(), now));
  }

  private String personFeed(String departmentId, String perfusionistId, Instant now) {
    Perfusionist person = staff.departmentStaffById(departmentId).get(perfusionistId);
    String name = "OnPump: " + (person == null ? perfusionistId : person.displayName());
    List<PublishedSeat> seats = person == null ? List.of()
        : rosters.personSeats(perfusionistId, firstDay(now), endDay(now));
    Map<String, HospitalPlace> hospitals = places.hospitals(departmentId);
    return calendar(name, seats, now, seat -> SeatTexts.summary(seat, hospital(hospitals, seat)), hospitals);
  }

  private String departmentFeed(String departmentId, Instant now) {
    Map<String, Perfusionist> people = staff.departmentStaffById(departmentId);
    Map<String, HospitalPlace> hospitals = places.hospitals(departmentId);
    String name = "OnPump: " + places.departmentName(departmentId).orElse(departmentId);
    List<PublishedSeat> seats = rosters.departmentSeats(departmentId, firstDay(now), endDay(now));
    return calendar(name, seats, now, seat -> SeatTexts.summaryWithHolder(seat, hospital(hospitals, seat),
        holderName(people, seat.perfusionistId())), hospitals);
  }

  private static String calendar(String name, List<PublishedSeat> seats, Instant now,
      Function<PublishedSeat, String> summary, Map<String, HospitalPlace> hospitals) {
    ICalendarText ics = new ICalendarText().begin("VCALENDAR").raw("VERSION", "2.0")
        .raw("PRODID", "-//OnPump//Scheduler//EN").raw("CALSCALE", "GREGORIAN")
        .text("X-WR-CALNAME", name).raw("REFRESH-INTERVAL;VALUE=DURATION", "PT1H").raw("X-PUBLISHED-TTL", "PT1H");
    for (PublishedSeat seat : seats) {
      HospitalPlace hospital = hospital(hospitals, seat);
      ics.begin("VEVENT").text("UID", seat.seatId() + "@onpump").instant("DTSTAMP", now)
          .instant("DTSTART", seat.start()).instant("DTEND", seat.end())
          .raw("SEQUENCE", Integer.toString(seat.version()))
          .text("SUMMARY", summary.apply(seat))
          .text("LOCATION", SeatTexts.location(seat, hospital))
          .text("DESCRIPTION", SeatTexts.description(seat, hospital))
          .raw("STATUS", "CONFIRMED")
          .end("VEVENT");
    }
    return ics.end("VCALENDAR").toString();
  }

  private static HospitalPlace hospital(Map<String, HospitalPlace> hospitals, PublishedSeat seat) {
    return hospitals.getOrDefault(seat.hospitalId(), HospitalPlace.unknown(seat.hospitalId()));
  }

  private static String holderName(Map<String, Perfusionist> people, String perfusionistId) {
    if (perfusionistId == null) {
      return null;
    }
    Perfusionist holder = people.get(perfusionistId);
    return holder == null ? perfusionistId : holder.displayName();
  }

  private static LocalDate firstDay(Instant now) {
    return LocalDate.ofInstant(now, ZoneOffset.UTC).minusDays(DAYS_BACK);
  }

  private static LocalDate endDay(Instant now) {
    return LocalDate.ofInstant(now, ZoneOffset.UTC).plusDays(DAYS_AHEAD + 1);
  }
}
