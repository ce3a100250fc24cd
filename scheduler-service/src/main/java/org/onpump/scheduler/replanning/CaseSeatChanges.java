package org.onpump.scheduler.replanning;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.onpump.scheduler.assignment.Assignment;
import org.onpump.scheduler.assignment.AssignmentRepository;
import org.onpump.scheduler.cases.CaseKey;
import org.onpump.scheduler.cases.CaseStatus;
import org.onpump.scheduler.cases.PumpCase;
import org.onpump.scheduler.cases.PumpCaseRepository;
import org.onpump.scheduler.outbox.OutboxRepository;
import org.onpump.scheduler.roster.Seat;
import org.onpump.scheduler.roster.SolvedRoster;
import org.onpump.scheduler.staff.Perfusionist;
import org.onpump.shared.event.AssignmentChanged;
import org.onpump.shared.event.AssignmentChanged.AssignmentRole;
import org.onpump.shared.event.AssignmentChanged.ChangeReason;
import org.onpump.shared.event.OnPumpEvent;
import org.onpump.shared.kafka.Topics;
import org.springframework.stereotype.Component;

/**
 * Stores the seats of cases that changed and announces each as an {@link AssignmentChanged} through the outbox, in
 * the order of the cases and of their seats (primary or stand-by first). An optional seat (a student's) that nobody
 * took is neither stored nor announced.
 */
@Component
class CaseSeatChanges {

  private final AssignmentRepository assignments;
  private final PumpCaseRepository cases;
  private final OutboxRepository outbox;

  CaseSeatChanges(AssignmentRepository assignments, PumpCaseRepository cases, OutboxRepository outbox) {
    this.assignments = assignments;
    this.cases = cases;
    this.outbox = outbox;
  }

  /** Releases whoever holds a seat on a cancelled case, or on a case moved out of {@code [from, to)}. */
  int releaseOffTheRoster(String departmentId, Map<String, Perfusionist> people, Causes causes, Instant from,
      Instant to, Instant now) {
    int changes = 0;
    for (List<Assignment> held : List.of(assignments.heldOnCancelledCases(departmentId),
        assignments.heldOnCasesMovedOutOf(departmentId, from, to))) {
      for (Assignment seat : held) {
        PumpCase pumpCase = cases.find(seat.caseKey()).orElseThrow();
        changes += store(pumpCase, seat.role(), seat, null, people, causes.of(pumpCase.key()), now);
      }
    }
    return changes;
  }

  /** Stores and announces every case seat whose holder or plan the solve changed, and removes seats now gone. */
  int storeSolved(StoredRoster stored, SolvedRoster solved, Causes causes, Instant now) {
    int changes = 0;
    Set<String> seatIds = stored.roster().getSeats().stream().map(Seat::getId).collect(Collectors.toSet());
    for (Seat seat : stored.roster().getSeats()) {
      if (!seat.getKind().isOnCase()) {
        continue;
      }
      PumpCase pumpCase = stored.cases().get(seat.getSlot().caseKey());
      Assignment before = stored.caseSeats().get(seat.getId());
      Perfusionist holder = solved.holders().get(seat.getId());
      if (before == null && holder == null && !seat.getKind().isRequired()) {
        continue;
      }
      changes += store(pumpCase, AssignmentRole.valueOf(seat.getKind().name()), before, holder, stored.staff(),
          causes.of(pumpCase.key()), now);
    }
    for (Assignment gone : stored.caseSeats().values()) {
      if (!seatIds.contains(gone.seatId())) {
        assignments.remove(gone);
        if (gone.perfusionistId() != null) {
          PumpCase pumpCase = stored.cases().get(gone.caseKey());
          announce(pumpCase, gone.role(), ChangeReason.SEAT_REMOVED, stored.staff().get(gone.perfusionistId()),
              null, causes.of(pumpCase.key()), now);
          changes++;
        }
      }
    }
    return changes;
  }

  /** Saves and announces the seat if it differs from what was announced before; returns 1 if it did. */
  private int store(PumpCase pumpCase, AssignmentRole role, Assignment before, Perfusionist holder,
      Map<String, Perfusionist> people, UUID cause, Instant now) {
    Assignment next = Assignment.of(pumpCase, role, holder == null ? null : holder.id());
    if (next.equals(before)) {
      // Same person, same plan: announcing it would tell nobody anything new.
      return 0;
    }
    assignments.save(pumpCase.departmentId(), next, now);
    Perfusionist previous = before == null || before.perfusionistId() == null
        ? null : people.get(before.perfusionistId());
    announce(pumpCase, role, reason(pumpCase, before, holder), previous, holder, cause, now);
    return 1;
  }

  private void announce(PumpCase pumpCase, AssignmentRole role, ChangeReason reason, Perfusionist previous,
      Perfusionist holder, UUID cause, Instant now) {
    outbox.append(Topics.ASSIGNMENT_CHANGES, new AssignmentChanged(UUID.randomUUID(), now, RosterUpdate.SOURCE,
        pumpCase.key().hospitalId(), pumpCase.departmentId(), OnPumpEvent.SCHEMA_VERSION, cause,
        pumpCase.key().caseId(), role, reason, pumpCase.procedureType(), pumpCase.orRoom(), pumpCase.plannedStart(),
        pumpCase.plannedDurationMinutes(), pumpCase.hospitalTimeZone(),
        previous == null ? null : previous.toStaffMember(), holder == null ? null : holder.toStaffMember()), now);
  }

  private static ChangeReason reason(PumpCase pumpCase, Assignment before, Perfusionist holder) {
    if (pumpCase.status() == CaseStatus.CANCELLED) {
      return ChangeReason.CASE_CANCELLED;
    }
    if (holder == null) {
      return ChangeReason.UNFILLED;
    }
    return before != null && holder.id().equals(before.perfusionistId())
        ? ChangeReason.PLAN_CHANGED : ChangeReason.ASSIGNED;
  }

  /** The case event behind each case's changes; anything else is put down to the last event applied. */
  record Causes(Map<CaseKey, UUID> byCase, UUID last) {
    UUID of(CaseKey key) {
      return byCase.getOrDefault(key, last);
    }
  }
}
