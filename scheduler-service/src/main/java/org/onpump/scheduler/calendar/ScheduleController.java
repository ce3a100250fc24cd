package org.onpump.scheduler.calendar;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.onpump.scheduler.calendar.Places.HospitalPlace;
import org.onpump.scheduler.publication.PublishedRosters;
import org.onpump.scheduler.security.Access;
import org.onpump.scheduler.web.DayRange;
import org.onpump.scheduler.web.NotFoundException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** "My schedule": a perfusionist's published seats for some days, as the roster in force shows them. */
@RestController
class ScheduleController {

  static final int LONGEST_DAYS = 92;

  private final Access access;
  private final Places places;
  private final PublishedRosters rosters;

  ScheduleController(Access access, Places places, PublishedRosters rosters) {
    this.access = access;
    this.places = places;
    this.rosters = rosters;
  }

  @Operation(summary = "A perfusionist's published schedule",
      description = "The perfusionist themself or a manager of the department. Every seat of the published roster "
          + "in force on the days [from, to) (at most 92 days; a seat belongs to the day it starts on), in start "
          + "order, with the hospital's name and local times. Drafts never show. 404 when the perfusionist is not "
          + "on the department's staff.")
  @GetMapping("/api/v1/departments/{departmentId}/perfusionists/{perfusionistId}/schedule")
  Schedule schedule(@PathVariable String departmentId, @PathVariable String perfusionistId,
      @Parameter(description = "first day, " + DayRange.DAY, required = true)
      @RequestParam(required = false) String from,
      @Parameter(description = "the day after the last, " + DayRange.DAY, required = true)
      @RequestParam(required = false) String to) {
    access.requireSelfOrManager(perfusionistId, departmentId);
    DayRange days = DayRange.parse("Invalid schedule query", from, to, LONGEST_DAYS);
    if (!places.employs(departmentId, perfusionistId)) {
      throw new NotFoundException("Unknown perfusionist",
          "No perfusionist '" + perfusionistId + "' works in department '" + departmentId + "'");
    }
    Map<String, HospitalPlace> hospitals = places.hospitals(departmentId);
    List<ScheduledSeat> seats = rosters.personSeats(perfusionistId, days.from(), days.to()).stream()
        .map(seat -> ScheduledSeat.of(seat, hospitals.getOrDefault(seat.hospitalId(),
            HospitalPlace.unknown(seat.hospitalId()))))
        .toList();
    return new Schedule(departmentId, perfusionistId, days.from(), days.to(), seats);
  }

  /** The schedule answered: the days asked for and the seats on them. */
  record Schedule(String departmentId, String perfusionistId, LocalDate from, LocalDate to,
      List<ScheduledSeat> seats) {}
}
