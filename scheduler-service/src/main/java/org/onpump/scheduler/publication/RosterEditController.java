package org.onpump.scheduler.publication;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.onpump.scheduler.audit.WorkflowAudit;
import org.onpump.scheduler.replanning.HandEdits;
import org.onpump.scheduler.replanning.RosterInputs;
import org.onpump.scheduler.security.Access;
import org.onpump.scheduler.web.InvalidRequestException;
import org.onpump.scheduler.web.NotFoundException;
import org.onpump.shared.event.FieldViolation;
import org.onpump.shared.security.Caller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A manager's hand on the draft: who holds a seat (checked against every hard rule, refused with the reason, the
 * soft cost shown), and pins that keep a holder in place while the solver improves the rest.
 */
@RestController
class RosterEditController {

  private final HandEdits edits;
  private final RosterInputs inputs;
  private final WorkflowAudit audit;
  private final Access access;
  private final Clock clock;

  RosterEditController(HandEdits edits, RosterInputs inputs, WorkflowAudit audit, Access access, Clock clock) {
    this.edits = edits;
    this.inputs = inputs;
    this.audit = audit;
    this.access = access;
    this.clock = clock;
  }

  @Operation(summary = "Give a seat to a person by hand (managers); the seat is then pinned",
      description = "The roster of the planning window with this change is scored by the solver's rules. 409 with "
          + "brokenRules [{rule, seatId, perfusionistId, reason}] when the change would break a hard rule "
          + "(competency, credential, privileges, licence, certification, time off, rest, a student alone...): "
          + "nothing changes. 200: stored, pinned, announced to the people it moves (a seat already published is "
          + "republished by the next publication), with the score change (hardChange, mediumChange, softChange: "
          + "negative is worse). perfusionistId null empties the seat. 404: no such seat in the planning window.",
      requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples =
          @ExampleObject(value = "{\"seatId\": \"demo-general/case-1001/PRIMARY\", \"perfusionistId\": \"p-03\"}"))))
  @PutMapping("/api/v1/departments/{departmentId}/roster/seat-holders")
  @Transactional
  public SeatHolder hold(@PathVariable String departmentId, @RequestBody SeatHolderRequest request) {
    Caller caller = access.requireManagerOf(departmentId);
    if (request.seatId() == null || request.seatId().isBlank()) {
      throw new InvalidRequestException("Invalid hand edit", List.of(new FieldViolation("seatId", "is required")));
    }
    Instant now = clock.instant();
    HandEdits.Judgement judgement = edits.apply(departmentId,
        List.of(new HandEdits.Edit(request.seatId(), request.perfusionistId())), now);
    Refusals.unlessAllowed(judgement, "Hand edit refused");
    audit.record(caller, departmentId, "SEAT_EDITED", request.seatId(), "held by "
        + (request.perfusionistId() == null ? "nobody" : request.perfusionistId()) + "; pinned; soft change "
        + judgement.softChange(), now);
    return new SeatHolder(request.seatId(), request.perfusionistId(), true, judgement.hardChange(),
        judgement.mediumChange(), judgement.softChange());
  }

  @Operation(summary = "Pin a seat: the solver keeps its holder (managers)")
  @PostMapping("/api/v1/departments/{departmentId}/roster/pins")
  @Transactional
  public Map<String, Object> pin(@PathVariable String departmentId, @RequestBody SeatHolderRequest request) {
    return setPin(departmentId, request.seatId(), true);
  }

  @Operation(summary = "Unpin a seat: the solver may move it again (managers)")
  @DeleteMapping("/api/v1/departments/{departmentId}/roster/pins")
  @Transactional
  public Map<String, Object> unpin(@PathVariable String departmentId, @RequestParam(required = false) String seatId) {
    return setPin(departmentId, seatId, false);
  }

  private Map<String, Object> setPin(String departmentId, String seatId, boolean pinned) {
    Caller caller = access.requireManagerOf(departmentId);
    if (seatId == null || seatId.isBlank()) {
      throw new InvalidRequestException("Invalid pin", List.of(new FieldViolation("seatId", "is required")));
    }
    if (!edits.pin(departmentId, seatId, pinned)) {
      throw new NotFoundException("Unknown seat", "Department " + departmentId + " has no stored seat '" + seatId
          + "'");
    }
    Instant now = clock.instant();
    inputs.changed(departmentId, now);
    audit.record(caller, departmentId, pinned ? "SEAT_PINNED" : "SEAT_UNPINNED", seatId, null, now);
    return Map.of("seatId", seatId, "pinned", pinned);
  }

  /** Who should hold a seat (null: nobody). */
  record SeatHolderRequest(String seatId, String perfusionistId) {}

  /** A stored hand edit and what it did to the score. */
  record SeatHolder(String seatId, String perfusionistId, boolean pinned, int hardChange, int mediumChange,
      int softChange) {}
}
