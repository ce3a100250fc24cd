package org.onpump.scheduler.swap;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import java.util.List;
import java.util.UUID;
import org.onpump.scheduler.security.Access;
import org.onpump.scheduler.security.ForbiddenException;
import org.onpump.scheduler.web.InvalidRequestException;
import org.onpump.shared.event.FieldViolation;
import org.onpump.shared.security.Caller;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Swap and cover requests: asked by a perfusionist, accepted by the colleague, decided by a manager. */
@RestController
class SwapController {

  private final Swaps swaps;
  private final Access access;

  SwapController(Swaps swaps, Access access) {
    this.swaps = swaps;
    this.access = access;
  }

  @Operation(summary = "Ask a colleague to cover a seat (COVER) or to trade seats (SWAP)",
      description = "The caller must hold seatId (and the colleague colleagueSeatId, for a SWAP). Checked against "
          + "every hard rule now: 409 with brokenRules when it would break one, and nothing is stored. 201: "
          + "PROPOSED, the colleague is told.",
      requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = {
          @ExampleObject(name = "cover", value = "{\"kind\": \"COVER\", \"seatId\": \"demo-general/2026-12-05/"
              + "NIGHT/FIRST_CALL\", \"colleagueId\": \"p-04\"}"),
          @ExampleObject(name = "swap", value = "{\"kind\": \"SWAP\", \"seatId\": \"demo-general/2026-12-05/NIGHT/"
              + "FIRST_CALL\", \"colleagueId\": \"p-04\", \"colleagueSeatId\": \"demo-general/2026-12-06/NIGHT/"
              + "FIRST_CALL\"}")})))
  @PostMapping("/api/v1/departments/{departmentId}/swap-requests")
  ResponseEntity<SwapRequest> ask(@PathVariable String departmentId, @RequestBody Ask ask) {
    Caller caller = access.requireMemberOf(departmentId);
    if (ask.kind() == null || ask.seatId() == null || ask.seatId().isBlank()) {
      throw new InvalidRequestException("Invalid swap request", List.of(
          new FieldViolation(ask.kind() == null ? "kind" : "seatId",
              ask.kind() == null ? "is required: SWAP or COVER" : "is required")));
    }
    return ResponseEntity.status(HttpStatus.CREATED).body(swaps.ask(caller, departmentId, ask.kind(),
        ask.seatId(), ask.colleagueId(), ask.colleagueSeatId()));
  }

  @Operation(summary = "The department's swap requests, newest first",
      description = "Managers see all; a perfusionist sees those they asked or were asked.")
  @GetMapping("/api/v1/departments/{departmentId}/swap-requests")
  List<SwapRequest> list(@PathVariable String departmentId) {
    Caller caller = access.requireMemberOf(departmentId);
    return swaps.list(departmentId, caller.manages(departmentId) ? null
        : caller.perfusionistId() == null ? "" : caller.perfusionistId());
  }

  @Operation(summary = "Accept a request as the colleague asked (then a manager decides, or the policy approves)")
  @PostMapping("/api/v1/departments/{departmentId}/swap-requests/{id}/acceptance")
  SwapRequest accept(@PathVariable String departmentId, @PathVariable UUID id) {
    return swaps.accept(access.requireMemberOf(departmentId), departmentId, id);
  }

  @Operation(summary = "Approve or decline a request (managers; the colleague may decline)",
      description = "Approval checks the hard rules again on the roster as it is now: if the request would break "
          + "one now, it ends REFUSED with the rule as reason and nothing moves. Approved seats are pinned.",
      requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples =
          @ExampleObject(value = "{\"approve\": true, \"reason\": \"fine by me\"}"))))
  @PostMapping("/api/v1/departments/{departmentId}/swap-requests/{id}/decision")
  SwapRequest decide(@PathVariable String departmentId, @PathVariable UUID id, @RequestBody Decision decision) {
    Caller caller = access.requireMemberOf(departmentId);
    if (decision.approve() == null) {
      throw new InvalidRequestException("Invalid decision", List.of(new FieldViolation("approve",
          "is required: true or false")));
    }
    if (!caller.manages(departmentId) && decision.approve()) {
      throw new ForbiddenException("only a manager of department " + departmentId + " may approve");
    }
    if (!caller.manages(departmentId) && swaps.list(departmentId, caller.perfusionistId()).stream()
        .noneMatch(request -> request.id().equals(id) && caller.is(request.colleagueId()))) {
      throw new ForbiddenException("only a manager or the colleague asked may decline");
    }
    return swaps.decide(caller, departmentId, id, decision.approve(), decision.reason());
  }

  @Operation(summary = "Withdraw one's own open request")
  @PostMapping("/api/v1/departments/{departmentId}/swap-requests/{id}/withdrawal")
  SwapRequest withdraw(@PathVariable String departmentId, @PathVariable UUID id) {
    return swaps.withdraw(access.requireMemberOf(departmentId), departmentId, id);
  }

  /** What a perfusionist asks. */
  record Ask(SwapRequest.Kind kind, String seatId, String colleagueId, String colleagueSeatId) {}

  /** A manager's (or the colleague's) answer. */
  record Decision(Boolean approve, String reason) {}
}
