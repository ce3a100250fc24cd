package org.onpump.scheduler.publication;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.onpump.scheduler.web.DayRange;
import org.onpump.scheduler.department.Hospital;
import org.onpump.scheduler.department.HospitalDirectory;
import org.onpump.scheduler.replanning.PlanningProperties;
import org.onpump.scheduler.security.Access;
import org.onpump.scheduler.web.InvalidRequestException;
import org.onpump.scheduler.web.NotFoundException;
import org.onpump.shared.event.FieldViolation;
import org.onpump.shared.security.Caller;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Publishing a run of days, the history of publications, and the roster in force. */
@RestController
class PublicationController {

  private static final int LONGEST_DAYS = 31;

  private final RosterPublisher publisher;
  private final PublishedRosters published;
  private final HospitalDirectory directory;
  private final PlanningProperties planning;
  private final Access access;
  private final JdbcClient jdbc;
  private final Clock clock;

  PublicationController(RosterPublisher publisher, PublishedRosters published, HospitalDirectory directory,
      PlanningProperties planning, Access access, JdbcClient jdbc, Clock clock) {
    this.publisher = publisher;
    this.published = published;
    this.directory = directory;
    this.planning = planning;
    this.access = access;
    this.jdbc = jdbc;
    this.clock = clock;
  }

  @Operation(summary = "Publish the draft roster of the days [firstDay, endDay) as the department's next version",
      description = "Managers only. The roster as stored (the solver's draft with pins and hand edits) is checked "
          + "against every hard rule; 409 with brokenRules [{rule, seatId, perfusionistId, reason}] if it breaks "
          + "any, and nothing is published. 201: the new version, its seat count, unfilled seats, and how many "
          + "people were sent their digest (first publication of the days: everyone with a seat; a republication: "
          + "those whose seats changed). Days on the department's clock; at most 31, within the planning horizon.",
      requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples =
          @ExampleObject(value = "{\"firstDay\": \"2026-12-01\", \"endDay\": \"2026-12-08\", "
              + "\"note\": \"December week 1\"}"))))
  @PostMapping("/api/v1/departments/{departmentId}/roster/publications")
  ResponseEntity<Publication> publish(@PathVariable String departmentId, @RequestBody PublishRequest request) {
    Caller caller = access.requireManagerOf(departmentId);
    List<FieldViolation> wrong = new ArrayList<>();
    LocalDate first = day("firstDay", request.firstDay(), wrong);
    LocalDate end = day("endDay", request.endDay(), wrong);
    if (request.note() != null && request.note().length() > 500) {
      wrong.add(new FieldViolation("note", "must be at most 500 characters"));
    }
    if (first != null && end != null) {
      LocalDate today = LocalDate.now(clock.withZone(zone(departmentId)));
      if (!end.isAfter(first)) {
        wrong.add(new FieldViolation("endDay", "must be after firstDay (it is the first day NOT published)"));
      } else if (end.toEpochDay() - first.toEpochDay() > LONGEST_DAYS) {
        wrong.add(new FieldViolation("endDay", "at most " + LONGEST_DAYS + " days can be published at once"));
      }
      if (first.isBefore(today.minusDays(planning.lookback().toDays()))) {
        wrong.add(new FieldViolation("firstDay", "is in the past: days before " + today + " cannot be published"));
      }
      LocalDate lastPlanned = today.plusDays(planning.horizon().toDays());
      if (end.isAfter(lastPlanned.plusDays(1))) {
        wrong.add(new FieldViolation("endDay", "is beyond the planning horizon: the solver plans up to "
            + lastPlanned + ", so endDay may be at most " + lastPlanned.plusDays(1)));
      }
    }
    if (!wrong.isEmpty()) {
      throw new InvalidRequestException("Invalid publication", wrong);
    }
    return ResponseEntity.status(HttpStatus.CREATED)
        .body(publisher.publish(caller, departmentId, first, end, request.note()));
  }

  @Operation(summary = "Every published version of the department's roster, newest first (staff and managers)")
  @GetMapping("/api/v1/departments/{departmentId}/roster/publications")
  List<PublicationSummary> history(@PathVariable String departmentId) {
    access.requireMemberOf(departmentId);
    return jdbc.sql("""
            SELECT version, first_day, end_day, published_by, published_at, note FROM roster_publication
            WHERE department_id = ? ORDER BY version DESC""")
        .param(departmentId)
        .query((rs, n) -> new PublicationSummary(rs.getInt("version"), rs.getObject("first_day", LocalDate.class),
            rs.getObject("end_day", LocalDate.class), rs.getString("published_by"),
            rs.getTimestamp("published_at").toInstant(), rs.getString("note")))
        .list();
  }

  @Operation(summary = "The seats of one published version, as published (staff and managers)")
  @GetMapping("/api/v1/departments/{departmentId}/roster/publications/{version}")
  List<PublishedSeat> version(@PathVariable String departmentId, @PathVariable int version) {
    access.requireMemberOf(departmentId);
    List<PublishedSeat> seats = published.versionSeats(departmentId, version);
    if (seats.isEmpty() && history(departmentId).stream().noneMatch(p -> p.version() == version)) {
      throw new NotFoundException("Unknown version", "Department " + departmentId + " has no version " + version);
    }
    return seats;
  }

  @Operation(summary = "The roster in force for the days [from, to): each day from its latest publication",
      description = "Staff and managers. Days never published have no seats here (the draft is at "
          + "/assignments and /on-call). At most 92 days.")
  @GetMapping("/api/v1/departments/{departmentId}/roster/published")
  List<PublishedSeat> inForce(@PathVariable String departmentId, @RequestParam(required = false) String from,
      @RequestParam(required = false) String to) {
    access.requireMemberOf(departmentId);
    DayRange days = DayRange.parse("Invalid published roster query", from, to, 92);
    return published.departmentSeats(departmentId, days.from(), days.to());
  }

  private ZoneId zone(String departmentId) {
    return directory.hospitals(departmentId).stream().findFirst().map(Hospital::zone)
        .orElseThrow(() -> new NotFoundException("Unknown department", "No department '" + departmentId
            + "' with a hospital is known to OnPump"));
  }

  private static LocalDate day(String field, String value, List<FieldViolation> wrong) {
    if (value == null || value.isBlank()) {
      wrong.add(new FieldViolation(field, "is required: a date such as 2026-12-01"));
      return null;
    }
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      wrong.add(new FieldViolation(field, "'" + value + "' is not a date such as 2026-12-01"));
      return null;
    }
  }

  /** What a manager publishes. */
  record PublishRequest(String firstDay, String endDay, String note) {}

  /** One line of the history. */
  record PublicationSummary(int version, LocalDate firstDay, LocalDate endDay, String publishedBy,
      Instant publishedAt, String note) {}
}
