package org.onpump.scheduler.eventlog;

import org.onpump.scheduler.security.Access;
import org.onpump.scheduler.security.ForbiddenException;
import org.onpump.shared.security.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import java.util.List;
import java.util.UUID;
import org.onpump.scheduler.web.InvalidRequestException;
import org.onpump.scheduler.web.NotFoundException;
import org.onpump.shared.event.FieldViolation;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** What became of every event a hospital sent: one event by id, and the ones that were refused. */
@RestController
class EventLedgerController {

  static final int MAX_LIMIT = 1000;

  private final EventLedger ledger;
  private final RejectedEvents rejected;

  private final Access access;

  EventLedgerController(EventLedger ledger, RejectedEvents rejected, Access access) {
    this.access = access;
    this.ledger = ledger;
    this.rejected = rejected;
  }

  @Operation(summary = "What became of a case event",
      description = "APPLIED: it changed the case. STALE: the case already had a later event; nothing changed. "
          + "PARKED: its case is not booked yet; it is applied when the booking arrives. REJECTED: the case "
          + "cannot make that move (the reason says why); it is also on the dead-letter topic. PENDING: being "
          + "handled now. A record refused before it could be handled (bad schema, unknown hospital) answers "
          + "REJECTED with its reason. 404: OnPump has not seen the event (yet: events are handled within "
          + "seconds of their 202).")
  @GetMapping("/api/v1/case-events/{eventId}")
  EventStatus event(@Parameter(description = "the eventId the event was posted with") @PathVariable String eventId) {
    UUID id = parse(eventId);
    EventStatus status = ledger.status(id)
        .or(() -> rejected.ofEvent(id).stream().findFirst().map(EventLedgerController::asStatus))
        .orElseThrow(() -> new NotFoundException("Unknown event",
            "No case event " + id + " has reached the scheduler"));
    Caller caller = access.caller();
    boolean mayRead = caller.isAdmin() || (status.hospitalId() != null && caller.speaksFor(status.hospitalId()))
        || (status.departmentId() != null && caller.manages(status.departmentId()));
    if (!mayRead) {
      throw new ForbiddenException("only the hospital that posted event " + id + " and its department's managers "
          + "may see it");
    }
    return status;
  }

  @Operation(summary = "The records the scheduler refused, newest first",
      description = "Unreadable records, invalid events, events for hospitals OnPump does not serve, impossible "
          + "moves (a start after the end, a booking of a finished case) and records that failed past their "
          + "retries. Each is also on the dead-letter topic with the reason in header onpump_dlt-reason, and "
          + "counted in the metric onpump_events_rejected_total by kind.")
  @GetMapping("/api/v1/rejected-events")
  List<RejectedEvent> rejected(
      @Parameter(description = "only this department's (absent: all)") @RequestParam(required = false)
      String departmentId,
      @Parameter(description = "how many, 1 to 1000 (default 100)") @RequestParam(defaultValue = "100")
      String limit) {
    if (departmentId == null) {
      if (!access.caller().isAdmin()) {
        throw new ForbiddenException("only an admin may see every department's refused records; name a departmentId");
      }
    } else {
      access.requireManagerOf(departmentId);
    }
    return rejected.latest(departmentId, parseLimit(limit));
  }

  private static EventStatus asStatus(RejectedEvent refused) {
    return new EventStatus(refused.eventId(), refused.type(), refused.departmentId(), refused.hospitalId(),
        refused.caseId(), "REJECTED", refused.reason(), null, refused.rejectedAt());
  }

  private static UUID parse(String eventId) {
    try {
      return UUID.fromString(eventId);
    } catch (IllegalArgumentException e) {
      throw new InvalidRequestException("Invalid event query",
          List.of(new FieldViolation("eventId", "must be a UUID")));
    }
  }

  private static int parseLimit(String limit) {
    try {
      int value = Integer.parseInt(limit);
      if (value >= 1 && value <= MAX_LIMIT) {
        return value;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new InvalidRequestException("Invalid rejected-events query",
        List.of(new FieldViolation("limit", "must be a whole number from 1 to " + MAX_LIMIT)));
  }
}
