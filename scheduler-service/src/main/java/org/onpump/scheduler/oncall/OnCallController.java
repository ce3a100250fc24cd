package org.onpump.scheduler.oncall;

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

/** The department's on-call rota for a time range: first and second call per hospital, and any seat left open. */
@RestController
class OnCallController {

  private final HospitalDirectory directory;
  private final OnCallRepository seats;

  private final Access access;

  OnCallController(HospitalDirectory directory, OnCallRepository seats, Access access) {
    this.access = access;
    this.directory = directory;
    this.seats = seats;
  }

  @Operation(summary = "A department's on-call seats touching [from, to)",
      description = "First and second call per hospital for every night, weekend day and holiday that the "
          + "scheduler has planned, in start order; perfusionistId null: nobody could be found for the seat.")
  @GetMapping("/api/v1/departments/{departmentId}/on-call")
  DepartmentOnCall onCall(@PathVariable String departmentId,
      @Parameter(description = TimeRange.INSTANT, required = true) @RequestParam(required = false) String from,
      @Parameter(description = TimeRange.INSTANT, required = true) @RequestParam(required = false) String to) {
    access.requireMemberOf(departmentId);
    TimeRange range = TimeRange.parse("Invalid on-call query", from, to, null);
    if (!directory.departmentExists(departmentId)) {
      throw new NotFoundException("Unknown department", "No department '" + departmentId + "' is known to OnPump");
    }
    return new DepartmentOnCall(departmentId, range.from(), range.to(),
        seats.viewsIn(departmentId, range.from(), range.to()));
  }
}
