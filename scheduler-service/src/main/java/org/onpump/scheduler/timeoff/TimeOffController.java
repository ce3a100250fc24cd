package org.onpump.scheduler.timeoff;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import java.util.List;
import java.util.Locale;
import org.onpump.scheduler.security.Access;
import org.onpump.scheduler.web.InvalidRequestException;
import org.onpump.shared.event.FieldViolation;
import org.onpump.shared.security.Caller;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Time-off requests: a perfusionist asks, a manager decides, the requester may withdraw while it is pending. */
@RestController
class TimeOffController {

  private static final String DEPARTMENT = "/api/v1/departments/{departmentId}";

  private final Access access;
  private final TimeOffDesk desk;

  TimeOffController(Access access, TimeOffDesk desk) {
    this.access = access;
    this.desk = desk;
  }

  @Operation(summary = "Ask for time off (the perfusionist themself or a manager)",
      description = "201 with the PENDING request. endsAt must be after startsAt (at most 366 days) and in the "
          + "future; reason is optional, at most 200 characters, and no place for patient data. Nothing is rostered "
          + "differently until a manager approves it.")
  @PostMapping(DEPARTMENT + "/perfusionists/{perfusionistId}/time-off-requests")
  @ResponseStatus(HttpStatus.CREATED)
  TimeOffRequest request(@PathVariable String departmentId, @PathVariable String perfusionistId,
      @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject(
          name = "Three days", value = """
          {"startsAt": "2026-12-21T05:00:00Z", "endsAt": "2026-12-24T05:00:00Z", "reason": "Family visit"}""")))
      @RequestBody TimeOffForm form) {
    Caller caller = access.requireSelfOrManager(perfusionistId, departmentId);
    return desk.request(caller, departmentId, perfusionistId, form);
  }

  @Operation(summary = "The department's time-off requests (staff and managers of the department)",
      description = "Managers see everyone's; a perfusionist sees their own only. Soonest start first; status "
          + "PENDING, APPROVED, DECLINED or WITHDRAWN narrows the list (none: all).")
  @GetMapping(DEPARTMENT + "/time-off-requests")
  List<TimeOffRequest> list(@PathVariable String departmentId,
      @Parameter(description = "PENDING, APPROVED, DECLINED or WITHDRAWN") @RequestParam(required = false)
      String status) {
    Caller caller = access.requireMemberOf(departmentId);
    return desk.list(caller, departmentId, status(status));
  }

  @Operation(summary = "Approve or decline a time-off request (manager)",
      description = "APPROVED puts the time off in force (the solver rosters nobody over it) and replans the "
          + "department; DECLINED changes nothing else. The requester is notified either way, with the note. 409 "
          + "when the request is no longer PENDING (decided or withdrawn).")
  @PostMapping(DEPARTMENT + "/time-off-requests/{requestId}/decision")
  TimeOffRequest decide(@PathVariable String departmentId, @PathVariable String requestId,
      @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = {
          @ExampleObject(name = "Approve", value = "{\"decision\": \"APPROVED\", \"note\": \"Enjoy it\"}"),
          @ExampleObject(name = "Decline", value = """
              {"decision": "DECLINED", "note": "Two colleagues are already off that week"}""")}))
      @RequestBody DecisionForm form) {
    Caller caller = access.requireManagerOf(departmentId);
    return desk.decide(caller, departmentId, requestId, form);
  }

  @Operation(summary = "Withdraw a pending time-off request (the requester)",
      description = "The perfusionist the request is for, or whoever filed it, withdraws it while it is PENDING; "
          + "409 once it was decided.")
  @PostMapping(DEPARTMENT + "/time-off-requests/{requestId}/withdrawal")
  TimeOffRequest withdraw(@PathVariable String departmentId, @PathVariable String requestId) {
    Caller caller = access.requireMemberOf(departmentId);
    return desk.withdraw(caller, departmentId, requestId);
  }

  private static TimeOffStatus status(String status) {
    if (status == null || status.isBlank()) {
      return null;
    }
    try {
      return TimeOffStatus.valueOf(status.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidRequestException("Invalid time-off query", List.of(new FieldViolation("status",
          "'" + status + "' is not one of PENDING, APPROVED, DECLINED, WITHDRAWN")));
    }
  }
}
