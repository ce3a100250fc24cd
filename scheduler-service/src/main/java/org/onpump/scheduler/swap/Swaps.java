package org.onpump.scheduler.swap;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.onpump.scheduler.audit.WorkflowAudit;
import org.onpump.scheduler.publication.Refusals;
import org.onpump.scheduler.replanning.HandEdits;
import org.onpump.scheduler.staff.Perfusionist;
import org.onpump.scheduler.staff.StaffRepository;
import org.onpump.scheduler.team.StaffNotices;
import org.onpump.scheduler.web.ConflictException;
import org.onpump.scheduler.web.InvalidRequestException;
import org.onpump.scheduler.web.NotFoundException;
import org.onpump.shared.event.FieldViolation;
import org.onpump.shared.security.Caller;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Swaps and cover, checked against the hard rules when asked (a request that would break one is refused at once
 * with the rules) and again when approved, because the roster may have moved on. The colleague accepts; then a
 * manager approves, or the department's policy approves a SWAP that breaks nothing. Approval stores the seats
 * pinned and announced, as a hand edit is. Everyone it concerns is told through the outbox.
 */
@Service
class Swaps {

  private final SwapRepository requests;
  private final HandEdits edits;
  private final StaffRepository staff;
  private final StaffNotices notices;
  private final WorkflowAudit audit;
  private final JdbcClient jdbc;
  private final Clock clock;

  Swaps(SwapRepository requests, HandEdits edits, StaffRepository staff, StaffNotices notices,
      WorkflowAudit audit, JdbcClient jdbc, Clock clock) {
    this.requests = requests;
    this.edits = edits;
    this.staff = staff;
    this.notices = notices;
    this.audit = audit;
    this.jdbc = jdbc;
    this.clock = clock;
  }

  @Transactional
  SwapRequest ask(Caller caller, String departmentId, SwapRequest.Kind kind, String seatId, String colleagueId,
      String colleagueSeatId) {
    String requester = caller.perfusionistId();
    List<FieldViolation> wrong = new ArrayList<>();
    if (requester == null) {
      wrong.add(new FieldViolation("requestedBy", "only a perfusionist (a token with perfusionist_id) may ask"));
    } else if (!requester.equals(edits.holder(departmentId, seatId).orElse(null))) {
      wrong.add(new FieldViolation("seatId", "'" + seatId + "' is not a seat " + requester + " holds"));
    }
    if (colleagueId == null || colleagueId.equals(requester)) {
      wrong.add(new FieldViolation("colleagueId", "must name a colleague other than the requester"));
    }
    if (kind == SwapRequest.Kind.SWAP && (colleagueSeatId == null || colleagueId == null
        || !colleagueId.equals(edits.holder(departmentId, colleagueSeatId).orElse(null)))) {
      wrong.add(new FieldViolation("colleagueSeatId", "a SWAP needs a seat the colleague holds"));
    }
    if (kind == SwapRequest.Kind.COVER && colleagueSeatId != null) {
      wrong.add(new FieldViolation("colleagueSeatId", "a COVER hands one seat over: leave colleagueSeatId out"));
    }
    if (!wrong.isEmpty()) {
      throw new InvalidRequestException("Invalid swap request", wrong);
    }
    Instant now = clock.instant();
    Refusals.unlessAllowed(edits.judge(departmentId, moves(kind, seatId, colleagueId, colleagueSeatId, requester),
        now), "Swap refused");
    SwapRequest request = new SwapRequest(UUID.randomUUID(), departmentId, kind, requester, seatId, colleagueId,
        colleagueSeatId, SwapRequest.Status.PROPOSED, null, now, null, null);
    requests.insert(request);
    audit.record(caller, departmentId, "SWAP_REQUESTED", request.id().toString(), kind + " of " + seatId
        + " with " + colleagueId, now);
    tell(request, colleagueId, requester + " asks you to " + (kind == SwapRequest.Kind.COVER ? "cover " + seatId
        : "swap your " + colleagueSeatId + " for their " + seatId) + ". It breaks no rule; accept or decline it in "
        + "OnPump.", now);
    return request;
  }

  @Transactional
  SwapRequest accept(Caller caller, String departmentId, UUID id) {
    SwapRequest request = open(departmentId, id);
    if (!caller.is(request.colleagueId()) || request.status() != SwapRequest.Status.PROPOSED) {
      throw new ConflictException("Cannot accept", "Only " + request.colleagueId() + " can accept, while it is "
          + "PROPOSED; it is " + request.status());
    }
    Instant now = clock.instant();
    requests.decide(id, SwapRequest.Status.ACCEPTED, null, caller.subject(), now);
    audit.record(caller, departmentId, "SWAP_ACCEPTED", id.toString(), null, now);
    boolean auto = request.kind() == SwapRequest.Kind.SWAP && jdbc.sql(
            "SELECT coalesce((SELECT auto_approve_swaps FROM department_policy WHERE department_id = ?), false)")
        .param(departmentId).query(Boolean.class).single();
    if (auto && edits.judge(departmentId, moves(request), now).allowed()) {
      return approve(caller, request, "approved by the department's policy: it breaks no rule", now);
    }
    return requests.lock(departmentId, id).orElseThrow();
  }

  @Transactional
  SwapRequest decide(Caller caller, String departmentId, UUID id, boolean approve, String note) {
    SwapRequest request = open(departmentId, id);
    Instant now = clock.instant();
    if (!approve) {
      requests.decide(id, SwapRequest.Status.DECLINED, note, caller.subject(), now);
      audit.record(caller, departmentId, "SWAP_DECLINED", id.toString(), note, now);
      tell(request, request.requestedBy(), "Your swap request for " + request.seatId() + " was declined"
          + (note == null ? "." : ": " + note), now);
      return requests.lock(departmentId, id).orElseThrow();
    }
    if (request.status() != SwapRequest.Status.ACCEPTED) {
      throw new ConflictException("Cannot approve yet", request.colleagueId() + " has not accepted it (it is "
          + request.status() + ")");
    }
    return approve(caller, request, note, now);
  }

  @Transactional
  SwapRequest withdraw(Caller caller, String departmentId, UUID id) {
    SwapRequest request = open(departmentId, id);
    if (!caller.is(request.requestedBy())) {
      throw new ConflictException("Cannot withdraw", "Only " + request.requestedBy() + " can withdraw it");
    }
    Instant now = clock.instant();
    requests.decide(id, SwapRequest.Status.WITHDRAWN, null, caller.subject(), now);
    audit.record(caller, departmentId, "SWAP_WITHDRAWN", id.toString(), null, now);
    return requests.lock(departmentId, id).orElseThrow();
  }

  List<SwapRequest> list(String departmentId, String onlyFor) {
    return requests.inDepartment(departmentId, onlyFor);
  }

  private SwapRequest approve(Caller caller, SwapRequest request, String note, Instant now) {
    edits.lockPlan(request.departmentId());
    boolean stillHeld = request.requestedBy().equals(edits.holder(request.departmentId(), request.seatId())
        .orElse(null)) && (request.kind() == SwapRequest.Kind.COVER || request.colleagueId().equals(
            edits.holder(request.departmentId(), request.colleagueSeatId()).orElse(null)));
    if (!stillHeld) {
      // The solver moved a seat since it was asked: approving now would take it from someone else.
      requests.decide(request.id(), SwapRequest.Status.REFUSED, "the seats moved since it was asked",
          caller.subject(), now);
      audit.record(caller, request.departmentId(), "SWAP_REFUSED", request.id().toString(), "seats moved", now);
      return requests.lock(request.departmentId(), request.id()).orElseThrow();
    }
    HandEdits.Judgement judgement = edits.apply(request.departmentId(), moves(request), now);
    if (!judgement.allowed()) {
      // The roster moved on since it was asked: refused for good, with the reason, and nothing changed.
      requests.decide(request.id(), SwapRequest.Status.REFUSED, judgement.broken().isEmpty()
          ? "a seat is no longer on the roster" : judgement.broken().get(0).rule(), caller.subject(), now);
      audit.record(caller, request.departmentId(), "SWAP_REFUSED", request.id().toString(), null, now);
      return requests.lock(request.departmentId(), request.id()).orElseThrow();
    }
    requests.decide(request.id(), SwapRequest.Status.APPROVED, note, caller.subject(), now);
    audit.record(caller, request.departmentId(), "SWAP_APPROVED", request.id().toString(), note, now);
    String done = "The " + request.kind().name().toLowerCase(Locale.ROOT) + " of " + request.seatId() + " is approved.";
    tell(request, request.requestedBy(), done, now);
    tell(request, request.colleagueId(), done, now);
    return requests.lock(request.departmentId(), request.id()).orElseThrow();
  }

  private SwapRequest open(String departmentId, UUID id) {
    SwapRequest request = requests.lock(departmentId, id).orElseThrow(() -> new NotFoundException(
        "Unknown swap request", "Department " + departmentId + " has no swap request " + id));
    if (!request.isOpen()) {
      throw new ConflictException("Already decided", "Swap request " + id + " is " + request.status());
    }
    return request;
  }

  private static List<HandEdits.Edit> moves(SwapRequest request) {
    return moves(request.kind(), request.seatId(), request.colleagueId(), request.colleagueSeatId(),
        request.requestedBy());
  }

  private static List<HandEdits.Edit> moves(SwapRequest.Kind kind, String seatId, String colleagueId,
      String colleagueSeatId, String requester) {
    return kind == SwapRequest.Kind.COVER ? List.of(new HandEdits.Edit(seatId, colleagueId))
        : List.of(new HandEdits.Edit(seatId, colleagueId), new HandEdits.Edit(colleagueSeatId, requester));
  }

  private void tell(SwapRequest request, String personId, String text, Instant now) {
    Perfusionist person = staff.departmentStaffById(request.departmentId()).get(personId);
    if (person == null) {
      return;
    }
    notices.tell(request.departmentId(), person, "swap:" + request.id() + ":" + text, request.id(),
        "OnPump: swap request", person.displayName() + ", " + text, now);
  }
}
