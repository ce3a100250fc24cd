package org.onpump.scheduler.replanning;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.onpump.scheduler.assignment.Assignment;
import org.onpump.scheduler.assignment.AssignmentRepository;
import org.onpump.scheduler.cases.CaseKey;
import org.onpump.scheduler.cases.PumpCase;
import org.onpump.scheduler.cases.PumpCaseRepository;
import org.onpump.scheduler.department.DepartmentPolicies;
import org.onpump.scheduler.department.DepartmentPolicy;
import org.onpump.scheduler.department.Hospital;
import org.onpump.scheduler.department.HospitalDirectory;
import org.onpump.scheduler.oncall.OnCallRepository;
import org.onpump.scheduler.oncall.OnCallSeat;
import org.onpump.scheduler.roster.DepartmentRoster;
import org.onpump.scheduler.roster.Minutes;
import org.onpump.scheduler.roster.RosterPeriod;
import org.onpump.scheduler.roster.RosterProblem;
import org.onpump.scheduler.roster.Seat;
import org.onpump.scheduler.staff.Perfusionist;
import org.onpump.scheduler.staff.StaffRepository;
import org.springframework.stereotype.Component;

/**
 * Builds a department's roster from its database with {@link RosterProblem}, the one place that decides which seats
 * there are: policy, hospitals, staff, the planned and running cases of a period and its on-call seats, each held
 * as stored (the stored holder is also the announced one: every change is announced when it is stored).
 *
 * <p>On-call seats that have begun keep their holder (they are pinned, as a started case is); those that are over
 * and were never held are left out: nobody can be called in for a night that has passed.
 */
@Component
public class StoredRosters {

  private final HospitalDirectory directory;
  private final DepartmentPolicies policies;
  private final StaffRepository staff;
  private final PumpCaseRepository cases;
  private final AssignmentRepository assignments;
  private final OnCallRepository onCall;

  StoredRosters(HospitalDirectory directory, DepartmentPolicies policies, StaffRepository staff,
      PumpCaseRepository cases, AssignmentRepository assignments, OnCallRepository onCall) {
    this.directory = directory;
    this.policies = policies;
    this.staff = staff;
    this.cases = cases;
    this.assignments = assignments;
    this.onCall = onCall;
  }

  /** The roster of the cases touching {@code [from, to)} and of the on-call seats of the days it touches. */
  public StoredRoster load(String departmentId, Instant from, Instant to, Instant now) {
    List<Perfusionist> people = staff.departmentStaff(departmentId);
    List<Hospital> hospitals = directory.hospitals(departmentId);
    if (hospitals.isEmpty()) {
      return StoredRoster.empty(departmentId, people);
    }
    DepartmentPolicy policy = policies.policyOf(departmentId);
    RosterPeriod period = period(departmentId, hospitals.get(0).zone(), from, to);
    Map<CaseKey, PumpCase> planned = cases.plannable(departmentId, from, to).stream()
        .collect(Collectors.toMap(PumpCase::key, Function.identity(), (a, b) -> a, LinkedHashMap::new));
    Map<String, Assignment> caseSeats = assignments.seatsOnCasesIn(departmentId, from, to).entrySet().stream()
        .filter(seat -> planned.containsKey(seat.getValue().caseKey()))
        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    Map<String, OnCallSeat> onCallSeats = onCall.seatsOn(departmentId, period.firstDay(), period.endDay());

    Map<String, String> holders = new HashMap<>();
    caseSeats.forEach((id, seat) -> holdBy(holders, id, seat.perfusionistId()));
    onCallSeats.forEach((id, seat) -> holdBy(holders, id, seat.perfusionistId()));
    Set<String> pinned = new HashSet<>(assignments.pinnedSeatsOnCasesIn(departmentId, from, to));
    pinned.addAll(onCall.pinnedOn(departmentId, period.firstDay(), period.endDay()));
    onCallSeats.values().stream().filter(seat -> !seat.start().isAfter(now))
        .forEach(seat -> pinned.add(seat.seatId()));

    RosterProblem problem = new RosterProblem(policy, period, hospitals, people);
    planned.values().forEach(pumpCase -> problem.addCase(pumpCase, holders, holders, pinned));
    problem.addOnCall(holders, holders, pinned);
    return new StoredRoster(departmentId, withoutPastOpenCalls(problem.build(), now),
        people.stream().collect(Collectors.toMap(Perfusionist::id, Function.identity())), planned, caseSeats,
        onCallSeats);
  }

  /** Days from the one {@code from} falls on through the one {@code to} falls on, on the first hospital's clock. */
  private RosterPeriod period(String departmentId, ZoneId zone, Instant from, Instant to) {
    LocalDate firstDay = LocalDate.ofInstant(from, zone);
    int days = (int) ChronoUnit.DAYS.between(firstDay, LocalDate.ofInstant(to, zone)) + 1;
    return new RosterPeriod(firstDay, days, zone,
        policies.holidays(departmentId, firstDay, firstDay.plusDays(days)));
  }

  private static DepartmentRoster withoutPastOpenCalls(DepartmentRoster roster, Instant now) {
    int minute = Minutes.of(now);
    List<Seat> seats = roster.getSeats().stream()
        .filter(seat -> !(seat.getKind().isOnCall() && seat.getEnd() <= minute && seat.getPerfusionist() == null))
        .toList();
    return seats.size() == roster.getSeats().size() ? roster
        : new DepartmentRoster(roster.getPolicy(), roster.getPerfusionists(), roster.getPumpMoments(),
            roster.getActivityTargets(), seats);
  }

  private static void holdBy(Map<String, String> holders, String seatId, String perfusionistId) {
    if (perfusionistId != null) {
      holders.put(seatId, perfusionistId);
    }
  }
}
