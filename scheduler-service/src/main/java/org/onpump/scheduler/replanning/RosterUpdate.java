package org.onpump.scheduler.replanning;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Set;
import org.onpump.scheduler.department.DepartmentPolicy;
import org.onpump.scheduler.department.Hospital;
import org.onpump.scheduler.department.HospitalDirectory;
import org.onpump.scheduler.roster.RosterPeriod;
import org.onpump.scheduler.roster.RosterProblem;
import org.onpump.scheduler.roster.SeatKind;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.onpump.scheduler.assignment.Assignment;
import org.onpump.scheduler.assignment.AssignmentRepository;
import org.onpump.scheduler.cases.CaseKey;
import org.onpump.scheduler.cases.CaseStatus;
import org.onpump.scheduler.cases.PumpCase;
import org.onpump.scheduler.cases.PumpCaseRepository;
import org.onpump.scheduler.outbox.OutboxRepository;
import org.onpump.scheduler.roster.RosterSolver;
import org.onpump.scheduler.roster.SolvedRoster;
import org.onpump.scheduler.staff.Perfusionist;
import org.onpump.scheduler.staff.StaffRepository;
import org.onpump.shared.event.AssignmentChanged;
import org.onpump.shared.event.AssignmentChanged.AssignmentRole;
import org.onpump.shared.event.AssignmentChanged.ChangeReason;
import org.onpump.shared.event.OnPumpEvent;
import org.onpump.shared.kafka.Topics;
import org.springframework.stereotype.Component;

/**
 * Re-solves a department and stores what changed: each changed seat is saved and announced through the outbox.
 * People on cancelled cases, and on cases moved out of the planning window, are released. A roster that breaks a
 * hard rule is never stored.
 */
@Component
class RosterUpdate {

  static final String SOURCE = "onpump-scheduler";

  private final PumpCaseRepository cases;
  private final StaffRepository staff;
  private final AssignmentRepository assignments;
  private final OutboxRepository outbox;
  private final RosterSolver solver;
  private final HospitalDirectory directory;
  private final PlanningProperties window;
  private final Clock clock;
  private final Counter infeasible;

  RosterUpdate(PumpCaseRepository cases, StaffRepository staff, AssignmentRepository assignments,
      OutboxRepository outbox, RosterSolver solver, HospitalDirectory directory, PlanningProperties window, Clock clock, MeterRegistry meters) {
    this.cases = cases;
    this.staff = staff;
    this.assignments = assignments;
    this.outbox = outbox;
    this.solver = solver;
    this.directory = directory;
    this.window = window;
    this.clock = clock;
    this.infeasible = Counter.builder("onpump.roster.infeasible")
        .description("Solved rosters refused because they broke a hard rule").register(meters);
  }

  /**
   * @param causes the event that last changed each case; other changes are put down to {@code lastCause}
   * @return how many assignment changes were announced
   */
  int replan(String departmentId, Map<CaseKey, UUID> causes, UUID lastCause) {
    Instant now = clock.instant();
    Map<String, Perfusionist> people = staff.departmentStaff(departmentId).stream()
        .collect(Collectors.toMap(Perfusionist::id, Function.identity()));
    Map<CaseKey, Assignment> current = assignments.departmentAssignments(departmentId);
    int changes = 0;
    for (Assignment held : assignments.heldOnCancelledCases(departmentId)) {
      PumpCase cancelled = cases.find(held.caseKey()).orElseThrow();
      changes += store(cancelled, held, null, people, causes.getOrDefault(cancelled.key(), lastCause), now);
    }
    Instant from = now.minus(window.lookback());
    Instant to = now.plus(window.horizon());
    for (Assignment held : assignments.heldOnCasesMovedOutOf(departmentId, from, to)) {
      PumpCase moved = cases.find(held.caseKey()).orElseThrow();
      changes += store(moved, held, null, people, causes.getOrDefault(moved.key(), lastCause), now);
    }
    List<PumpCase> planned = cases.plannable(departmentId, from, to);
    if (planned.isEmpty()) {
      return changes;
    }
    Map<String, String> currentPrimaries = new HashMap<>();
    current.values().stream().filter(assignment -> assignment.perfusionistId() != null).forEach(assignment -> {
      currentPrimaries.put(assignment.caseKey() + "/" + SeatKind.PRIMARY, assignment.perfusionistId());
      currentPrimaries.put(assignment.caseKey() + "/" + SeatKind.STANDBY, assignment.perfusionistId());
    });
    List<Hospital> hospitals = directory.hospitals(departmentId);
    ZoneId zone = hospitals.get(0).zone();
    LocalDate firstDay = LocalDate.ofInstant(from, zone);
    RosterProblem problem = new RosterProblem(DepartmentPolicy.defaults(),
        new RosterPeriod(firstDay, (int) ChronoUnit.DAYS.between(firstDay, LocalDate.ofInstant(to, zone)) + 1, zone,
            Set.of()),
        hospitals, List.copyOf(people.values()));
    planned.forEach(pumpCase -> problem.addCase(pumpCase, currentPrimaries, currentPrimaries, Set.of()));
    SolvedRoster solved = solver.solve(departmentId, problem.build());
    if (!solved.isFeasible()) {
      // Unreachable while the solver empties unsafe seats; if it ever happens, roll back rather than store.
      infeasible.increment();
      throw new IllegalStateException("department " + departmentId + ": the solved roster breaks a hard rule ("
          + solved.score() + "); nothing is stored");
    }
    for (PumpCase pumpCase : planned) {
      Perfusionist primary = solved.holders().getOrDefault(pumpCase.key() + "/" + SeatKind.PRIMARY,
          solved.holders().get(pumpCase.key() + "/" + SeatKind.STANDBY));
      changes += store(pumpCase, current.get(pumpCase.key()), primary, people,
          causes.getOrDefault(pumpCase.key(), lastCause), now);
    }
    return changes;
  }

  /** Saves and announces the seat if it differs from what was announced before; returns 1 if it did. */
  private int store(PumpCase pumpCase, Assignment before, Perfusionist primary, Map<String, Perfusionist> people,
      UUID cause, Instant now) {
    Assignment next = Assignment.of(pumpCase, primary == null ? null : primary.id());
    if (next.equals(before)) {
      // Same person, same plan: announcing it would tell nobody anything new.
      return 0;
    }
    assignments.save(pumpCase.departmentId(), next, now);
    Perfusionist previous = before == null || before.perfusionistId() == null
        ? null : people.get(before.perfusionistId());
    outbox.append(Topics.ASSIGNMENT_CHANGES, new AssignmentChanged(UUID.randomUUID(), now, SOURCE,
        pumpCase.key().hospitalId(), pumpCase.departmentId(), OnPumpEvent.SCHEMA_VERSION, cause,
        pumpCase.key().caseId(), AssignmentRole.PRIMARY, reason(pumpCase, before, primary), pumpCase.procedureType(),
        pumpCase.orRoom(),
        pumpCase.plannedStart(), pumpCase.plannedDurationMinutes(), pumpCase.hospitalTimeZone(),
        previous == null ? null : previous.toStaffMember(), primary == null ? null : primary.toStaffMember()),
        now);
    return 1;
  }

  private static ChangeReason reason(PumpCase pumpCase, Assignment before, Perfusionist primary) {
    if (pumpCase.status() == CaseStatus.CANCELLED) {
      return ChangeReason.CASE_CANCELLED;
    }
    if (primary == null) {
      return ChangeReason.UNFILLED;
    }
    return before != null && primary.id().equals(before.perfusionistId())
        ? ChangeReason.PLAN_CHANGED : ChangeReason.ASSIGNED;
  }
}
