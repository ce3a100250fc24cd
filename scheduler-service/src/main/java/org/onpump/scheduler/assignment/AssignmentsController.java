package org.onpump.scheduler.assignment;

import org.onpump.scheduler.security.Access;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import org.onpump.scheduler.department.HospitalDirectory;
import org.onpump.scheduler.web.NotFoundException;
import org.onpump.scheduler.web.TimeRange;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The department's roster for a time range: every seat of every case, who holds it, and which are unfilled. */
@RestController
class AssignmentsController {

  private final HospitalDirectory directory;
  private final AssignmentViews views;

  private final Access access;

  AssignmentsController(HospitalDirectory directory, AssignmentViews views, Access access) {
    this.access = access;
    this.directory = directory;
    this.views = views;
  }

  @Operation(summary = "A department's case seats touching [from, to)",
      description = "One row per seat of each case (role PRIMARY, SECOND, STUDENT or STANDBY) with its holder; "
          + "perfusionistId null: the seat is unfilled; role null: no solve has reached the case yet. "
          + "On-call seats are at /api/v1/departments/{departmentId}/on-call.")
  @GetMapping("/api/v1/departments/{departmentId}/assignments")
  DepartmentAssignments assignments(@PathVariable String departmentId,
      @Parameter(description = TimeRange.INSTANT, required = true) @RequestParam(required = false) String from,
      @Parameter(description = TimeRange.INSTANT, required = true) @RequestParam(required = false) String to) {
    access.requireMemberOf(departmentId);
    TimeRange range = TimeRange.parse("Invalid assignments query", from, to, null);
    if (!directory.departmentExists(departmentId)) {
      throw new NotFoundException("Unknown department", "No department '" + departmentId + "' is known to OnPump");
    }
    return new DepartmentAssignments(departmentId, range.from(), range.to(),
        views.inRange(departmentId, range.from(), range.to()));
  }
}
