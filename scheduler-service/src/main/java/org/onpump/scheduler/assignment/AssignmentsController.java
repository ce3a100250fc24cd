package org.onpump.scheduler.assignment;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.onpump.scheduler.department.HospitalDirectory;
import org.onpump.scheduler.web.InvalidRequestException;
import org.onpump.scheduler.web.NotFoundException;
import org.onpump.shared.event.FieldViolation;
import org.onpump.shared.event.TimeBounds;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The department's roster for a time range: every case, who runs its pump, and which cases are unfilled. */
@RestController
class AssignmentsController {

  private static final String INSTANT = "an ISO-8601 instant such as 2026-11-23T07:30:00Z";

  private final HospitalDirectory directory;
  private final AssignmentViews views;

  AssignmentsController(HospitalDirectory directory, AssignmentViews views) {
    this.directory = directory;
    this.views = views;
  }

  @Operation(summary = "A department's cases touching [from, to), with their primary perfusionist (null: unfilled)")
  @GetMapping("/api/v1/departments/{departmentId}/assignments")
  DepartmentAssignments assignments(@PathVariable String departmentId,
      @Parameter(description = INSTANT, required = true) @RequestParam(required = false) String from,
      @Parameter(description = INSTANT, required = true) @RequestParam(required = false) String to) {
    List<FieldViolation> violations = new ArrayList<>();
    Instant start = instant("from", from, violations);
    Instant end = instant("to", to, violations);
    if (start != null && end != null && !end.isAfter(start)) {
      violations.add(new FieldViolation("to", "must be after from"));
    }
    if (!violations.isEmpty()) {
      throw new InvalidRequestException("Invalid assignments query", violations);
    }
    if (!directory.departmentExists(departmentId)) {
      throw new NotFoundException("Unknown department", "No department '" + departmentId + "' is known to OnPump");
    }
    return new DepartmentAssignments(departmentId, start, end, views.inRange(departmentId, start, end));
  }

  private static Instant instant(String name, String value, List<FieldViolation> violations) {
    if (value == null || value.isBlank()) {
      violations.add(new FieldViolation(name, "is required: " + INSTANT));
      return null;
    }
    try {
      Instant instant = Instant.parse(value);
      if (!TimeBounds.contains(instant)) {
        violations.add(new FieldViolation(name, TimeBounds.violation()));
        return null;
      }
      return instant;
    } catch (DateTimeParseException e) {
      violations.add(new FieldViolation(name, "'" + value + "' is not " + INSTANT));
      return null;
    }
  }
}
