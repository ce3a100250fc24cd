package org.onpump.scheduler.roster;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.onpump.scheduler.cases.PumpCase;
import org.onpump.scheduler.department.DepartmentPolicy;
import org.onpump.scheduler.department.Hospital;
import org.onpump.scheduler.staff.Perfusionist;
import org.onpump.shared.event.Competency;

/**
 * Turns what a department knows (its policy, hospitals, staff, cases, ECMO runs, and the roster as announced so far)
 * into the seats of a {@link DepartmentRoster}: one place that decides which seats a case, a night or an ECMO run
 * needs, so the live service, the tests and the benchmarks solve the very same model.
 */
public final class RosterProblem {

  private final DepartmentPolicy policy;
  private final RosterPeriod period;
  private final Map<String, Hospital> hospitals;
  private final List<Perfusionist> staff;
  private final Map<String, Perfusionist> staffById;
  private final List<Seat> seats = new ArrayList<>();

  public RosterProblem(DepartmentPolicy policy, RosterPeriod period, List<Hospital> hospitals,
      List<Perfusionist> staff) {
    this.policy = policy;
    this.period = period;
    this.hospitals = hospitals.stream().collect(Collectors.toMap(Hospital::id, Function.identity()));
    this.staff = List.copyOf(staff);
    this.staffById = staff.stream().collect(Collectors.toMap(Perfusionist::id, Function.identity()));
  }

  /**
   * Adds the seats a case needs: primary (or stand-by), a second on case types that need one, and a student seat.
   *
   * @param holders who holds each of its seats now, by seat id
   * @param published who was announced for each seat, by seat id
   * @param pinnedSeats seats a manager pinned (a started case pins all of its seats)
   */
  public RosterProblem addCase(PumpCase pumpCase, Map<String, String> holders, Map<String, String> published,
      Set<String> pinnedSeats) {
    Hospital hospital = hospital(pumpCase.key().hospitalId());
    String procedure = pumpCase.procedureType();
    boolean standby = policy.standbyProcedures().contains(procedure);
    List<SeatKind> kinds = new ArrayList<>();
    kinds.add(standby ? SeatKind.STANDBY : SeatKind.PRIMARY);
    if (policy.secondPerfusionistProcedures().contains(procedure)) {
      kinds.add(SeatKind.SECOND);
    }
    if (policy.studentSeats() && !standby) {
      kinds.add(SeatKind.STUDENT);
    }
    int start = Minutes.of(pumpCase.expectedStart());
    int end = Minutes.ofEnd(pumpCase.expectedEnd());
    LocalDate day = pumpCase.expectedStart().atZone(hospital.zone()).toLocalDate();
    for (SeatKind kind : kinds) {
      String id = pumpCase.key() + "/" + kind;
      Slot slot = new Slot(id, kind, pumpCase.key(), hospital, procedure, pumpCase.requiredCompetency(), start, end,
          day, period.weekOf(day), false, false, false,
          pumpCase.requiredCompetency() == Competency.PAEDIATRIC_CPB,
          policy.complexProcedures().contains(procedure), !policy.boardEligibleMayNotLead().contains(procedure),
          Integer.MAX_VALUE);
      add(slot, holders.get(id), published.get(id), pumpCase.pinned() || pinnedSeats.contains(id));
    }
    return this;
  }

  /** Adds first and second call at every hospital for every night, and for the day on weekends and holidays. */
  public RosterProblem addOnCall(Map<String, String> holders, Map<String, String> published, Set<String> pinned) {
    for (Hospital hospital : hospitals.values().stream().sorted(Comparator.comparing(Hospital::id))
        .toList()) {
      for (LocalDate day = period.firstDay(); day.isBefore(period.endDay()); day = day.plusDays(1)) {
        boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
        boolean holiday = period.holidays().contains(day);
        if (weekend || holiday) {
          addCalls(hospital, day, "DAY", at(hospital, day, policy.dayStart()), at(hospital, day, policy.nightStart()),
              false, weekend, holiday, holders, published, pinned);
        }
        addCalls(hospital, day, "NIGHT", at(hospital, day, policy.nightStart()),
            at(hospital, day.plusDays(1), policy.dayStart()), true, weekend, holiday, holders, published, pinned);
      }
    }
    return this;
  }

  /** Adds ECMO coverage shifts for the part of the run inside the period. */
  public RosterProblem addEcmoRun(EcmoRun run, Map<String, String> holders, Map<String, String> published,
      Set<String> pinned) {
    Hospital hospital = hospital(run.hospitalId());
    Instant periodStart = at(hospital, period.firstDay(), LocalTime.MIDNIGHT);
    Instant periodEnd = at(hospital, period.endDay(), LocalTime.MIDNIGHT);
    for (Instant shiftStart = run.start(); shiftStart.isBefore(run.end());
        shiftStart = shiftStart.plusSeconds(3600L * policy.ecmoShiftHours())) {
      Instant shiftEnd = shiftStart.plusSeconds(3600L * policy.ecmoShiftHours());
      if (!shiftEnd.isAfter(periodStart) || !shiftStart.isBefore(periodEnd)) {
        continue;
      }
      ZonedDateTime local = shiftStart.atZone(hospital.zone());
      LocalTime time = local.toLocalTime();
      LocalDate day = local.toLocalDate();
      boolean night = !time.isBefore(policy.nightStart()) || time.isBefore(policy.dayStart());
      boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
      String id = hospital.id() + "/ecmo/" + run.id() + "/" + shiftStart;
      Slot slot = new Slot(id, SeatKind.ECMO, null, hospital, "ECMO", run.competency(), Minutes.of(shiftStart),
          Minutes.ofEnd(shiftEnd.isAfter(run.end()) ? run.end() : shiftEnd), day, period.weekOf(day), night,
          weekend, period.holidays().contains(day), false, false, true, Integer.MAX_VALUE);
      add(slot, holders.get(id), published.get(id), pinned.contains(id));
    }
    return this;
  }

  public DepartmentRoster build() {
    return new DepartmentRoster(policy, staff, PumpMoments.of(policy, staff, seats),
        ActivityTargets.of(policy, period, staff), List.copyOf(seats));
  }

  private void addCalls(Hospital hospital, LocalDate day, String part, Instant start, Instant end, boolean night,
      boolean weekend, boolean holiday, Map<String, String> holders, Map<String, String> published,
      Set<String> pinned) {
    for (SeatKind kind : List.of(SeatKind.FIRST_CALL, SeatKind.SECOND_CALL)) {
      String id = hospital.id() + "/" + day + "/" + part + "/" + kind;
      Slot slot = new Slot(id, kind, null, hospital, "ON_CALL", policy.onCallCompetency(), Minutes.of(start),
          Minutes.ofEnd(end), day, period.weekOf(day), night, weekend, holiday, false, false, true,
          kind == SeatKind.FIRST_CALL ? policy.firstCallResponseMinutes() : Integer.MAX_VALUE);
      add(slot, holders.get(id), published.get(id), pinned.contains(id));
    }
  }

  private void add(Slot slot, String holderId, String publishedId, boolean pinned) {
    Perfusionist holder = holderId == null ? null : staffById.get(holderId);
    seats.add(new Seat(slot, staff, holder, publishedId, pinned));
  }

  private Hospital hospital(String id) {
    Hospital hospital = hospitals.get(id);
    if (hospital == null) {
      throw new IllegalArgumentException("hospital " + id + " is not one of the department's");
    }
    return hospital;
  }

  private static Instant at(Hospital hospital, LocalDate day, LocalTime time) {
    return day.atTime(time).atZone(hospital.zone()).toInstant();
  }
}
