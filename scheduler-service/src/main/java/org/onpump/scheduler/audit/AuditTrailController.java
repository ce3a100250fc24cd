package org.onpump.scheduler.audit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import java.util.List;
import org.onpump.scheduler.security.Access;
import org.onpump.scheduler.web.InvalidRequestException;
import org.onpump.shared.event.FieldViolation;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The workflow's audit trail, for the department's managers. */
@RestController
class AuditTrailController {

  private final WorkflowAudit audit;
  private final Access access;

  AuditTrailController(WorkflowAudit audit, Access access) {
    this.audit = audit;
    this.access = access;
  }

  @Operation(summary = "Who published, edited, pinned, approved or declined what, newest first (managers)",
      description = "Each line: actor (the token's subject), action (PUBLISHED, SEAT_EDITED, SEAT_PINNED, "
          + "SEAT_UNPINNED, SWAP_REQUESTED, SWAP_ACCEPTED, SWAP_APPROVED, SWAP_DECLINED, SWAP_WITHDRAWN, "
          + "SWAP_REFUSED, and the staff, time-off and policy actions), subject, detail and time. Page back with "
          + "before=<the last id seen>. Acknowledgements of pages are in the notifier's audit "
          + "(/api/v1/departments/{departmentId}/audit on the notifier).")
  @GetMapping("/api/v1/departments/{departmentId}/audit-trail")
  List<WorkflowAudit.AuditLine> trail(@PathVariable String departmentId,
      @Parameter(description = "only lines older than this id") @RequestParam(required = false) Long before,
      @Parameter(description = "how many, 1 to 500 (default 100)") @RequestParam(defaultValue = "100") int limit) {
    access.requireManagerOf(departmentId);
    if (limit < 1 || limit > 500) {
      throw new InvalidRequestException("Invalid audit query",
          List.of(new FieldViolation("limit", "must be between 1 and 500")));
    }
    return audit.recent(departmentId, before, limit);
  }
}
