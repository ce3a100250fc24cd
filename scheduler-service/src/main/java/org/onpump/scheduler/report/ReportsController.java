package org.onpump.scheduler.report;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.onpump.scheduler.web.DayRange;
import org.onpump.scheduler.department.HospitalDirectory;
import org.onpump.scheduler.security.Access;
import org.onpump.scheduler.web.InvalidRequestException;
import org.onpump.scheduler.web.NotFoundException;
import org.onpump.shared.event.FieldViolation;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A department manager's reports from the published rosters and the staff records; each as JSON, or as a CSV
 * attachment with {@code ?format=csv} or {@code Accept: text/csv}.
 */
@RestController
class ReportsController {

  private static final String REPORTS = "/api/v1/departments/{departmentId}/reports";
  private static final String AS_CSV = " Managers of the department only. JSON, or CSV (RFC 4180, header row, as an "
      + "attachment) with ?format=csv or Accept: text/csv.";
  private static final String FORMAT = "json (the default) or csv";

  private final Access access;
  private final HospitalDirectory directory;
  private final Clock clock;
  private final UnsocialHours unsocialHours;
  private final ClinicalActivities clinicalActivities;
  private final TrainingProgress trainingProgress;
  private final Expiries expiries;

  ReportsController(Access access, HospitalDirectory directory, Clock clock, UnsocialHours unsocialHours,
      ClinicalActivities clinicalActivities, TrainingProgress trainingProgress, Expiries expiries) {
    this.access = access;
    this.directory = directory;
    this.clock = clock;
    this.unsocialHours = unsocialHours;
    this.clinicalActivities = clinicalActivities;
    this.trainingProgress = trainingProgress;
    this.expiries = expiries;
  }

  @Operation(summary = "Nights, weekends and holidays per person",
      description = "From the published rosters in force on the days [from, to) (at most 366 days): per person, "
          + "how many seats are marked night, weekend or holiday and their hours. A seat may carry several marks."
          + AS_CSV)
  @GetMapping(REPORTS + "/unsocial-hours")
  ResponseEntity<?> unsocialHours(@PathVariable String departmentId,
      @Parameter(description = "first day, " + DayRange.DAY, required = true)
      @RequestParam(required = false) String from,
      @Parameter(description = "the day after the last, " + DayRange.DAY, required = true)
      @RequestParam(required = false) String to,
      @Parameter(description = FORMAT) @RequestParam(required = false) String format,
      @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
    boolean csv = allowed(departmentId, format, accept);
    DayRange days = DayRange.parse("Invalid report query", from, to, 366);
    return ReportAnswers.answer(unsocialHours.report(departmentId, days.from(), days.to()), csv);
  }

  @Operation(summary = "Clinical activities against the ABCP minimums",
      description = "Each CCP's certification year through asOf (default today): primary and secondary activities "
          + "on record plus the primary and second seats published since the year's start, secondary counted up to "
          + "the yearly minimum less the primary minimum; 'on track' when both counts reach the elapsed share of "
          + "their minimum, else 'behind'; shortfall and primaryShortfall are what is missing for the year."
          + AS_CSV)
  @GetMapping(REPORTS + "/clinical-activities")
  ResponseEntity<?> clinicalActivities(@PathVariable String departmentId,
      @Parameter(description = "the day counted through, " + DayRange.DAY) @RequestParam(required = false) String asOf,
      @Parameter(description = FORMAT) @RequestParam(required = false) String format,
      @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
    boolean csv = allowed(departmentId, format, accept);
    LocalDate day = asOf == null ? today() : DayRange.day("Invalid report query", "asOf", asOf);
    return ReportAnswers.answer(clinicalActivities.report(departmentId, day), csv);
  }

  @Operation(summary = "Students' and board-eligibles' progress",
      description = "Students' cases and paediatric cases against the first board exam's minimums; board-eligible "
          + "perfusionists' independent cases against the clinical exam's minimum, with their deadline to certify. "
          + "Counts on record plus the published seats of the certification year so far." + AS_CSV)
  @GetMapping(REPORTS + "/training-progress")
  ResponseEntity<?> trainingProgress(@PathVariable String departmentId,
      @Parameter(description = FORMAT) @RequestParam(required = false) String format,
      @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
    boolean csv = allowed(departmentId, format, accept);
    return ReportAnswers.answer(trainingProgress.report(departmentId, today()), csv);
  }

  @Operation(summary = "Certification expiries and board-eligible deadlines coming up",
      description = "CCPs' certification expiries and board-eligible perfusionists' deadlines that fall within "
          + "withinDays (default 180, at most 3650) or have passed, soonest first." + AS_CSV)
  @GetMapping(REPORTS + "/expiries")
  ResponseEntity<?> expiries(@PathVariable String departmentId,
      @Parameter(description = "how many days ahead to look (0 to 3650)") @RequestParam(required = false)
      String withinDays,
      @Parameter(description = FORMAT) @RequestParam(required = false) String format,
      @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
    boolean csv = allowed(departmentId, format, accept);
    return ReportAnswers.answer(expiries.report(departmentId, today(), days(withinDays)), csv);
  }

  /** A manager of an existing department, and a known format; whether to answer CSV. */
  private boolean allowed(String departmentId, String format, String accept) {
    access.requireManagerOf(departmentId);
    boolean csv = ReportAnswers.wantsCsv(format, accept);
    if (!directory.departmentExists(departmentId)) {
      throw new NotFoundException("Unknown department", "No department '" + departmentId + "' is known to OnPump");
    }
    return csv;
  }

  private static int days(String withinDays) {
    if (withinDays == null) {
      return 180;
    }
    try {
      int days = Integer.parseInt(withinDays.trim());
      if (days >= 0 && days <= 3650) {
        return days;
      }
    } catch (NumberFormatException e) {
      // answered below
    }
    throw new InvalidRequestException("Invalid report query",
        List.of(new FieldViolation("withinDays", "must be a whole number of days from 0 to 3650")));
  }

  private LocalDate today() {
    return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
  }
}
