package org.onpump.infra.faults;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.onpump.shared.event.CaseCancelled;
import org.onpump.shared.event.CaseEnded;
import org.onpump.shared.event.CaseRescheduled;
import org.onpump.shared.event.CaseScheduled;
import org.onpump.shared.event.CaseStarted;
import org.onpump.shared.event.Competency;
import org.onpump.shared.event.EmergencyBypassRequested;
import org.onpump.shared.event.OnPumpEvent;

/**
 * The cases of one department as the hospital lives them: booked, moved, cancelled, started and ended, a few
 * emergencies, with about {@code open} cases open at a time so that the roster stays the size of a real one.
 * Today's cases (planned around the clock) are the ones that start and end; later ones move or are cancelled.
 */
final class CaseLives {

  private static final String SOURCE = "fault-test-or-system";
  private static final String[][] PROCEDURES = {
      {"CABG", "ADULT_CPB"}, {"CABG", "ADULT_CPB"}, {"CABG", "ADULT_CPB"}, {"VALVE", "ADULT_CPB"},
      {"VALVE", "ADULT_CPB"}, {"AORTIC", "ADULT_CPB"}, {"REDO", "ADULT_CPB"}, {"OFF_PUMP_CABG", "ADULT_CPB"},
      {"CONGENITAL", "PAEDIATRIC_CPB"}, {"TRANSPLANT", "TRANSPLANT"}, {"VAD_IMPLANT", "VAD"}, {"HIPEC", "HIPEC"}};

  private final Department department;
  private final Random random;
  private final Instant clock;
  private final Duration horizon;
  private final int open;
  private final List<OpenCase> cases = new ArrayList<>();
  private int booked;

  CaseLives(Department department, Random random, Instant clock, Duration horizon, int open) {
    this.department = department;
    this.random = random;
    this.clock = clock;
    this.horizon = horizon;
    this.open = open;
  }

  /** The next event in the life of one of the department's cases. */
  OnPumpEvent next(UUID id, Instant at) {
    if (cases.size() < open) {
      return book(id, at, newCaseId());
    }
    OpenCase c = cases.get(random.nextInt(cases.size()));
    if (c.started != null) {
      cases.remove(c);
      Instant ended = c.started.plus(c.minutes + random.nextInt(61) - 30, ChronoUnit.MINUTES);
      return new CaseEnded(id, at, SOURCE, department.hospitalId(), department.id(), 1, c.id, c.started, ended);
    }
    boolean today = c.start.isBefore(clock.plus(1, ChronoUnit.HOURS));
    double roll = random.nextDouble();
    if (today && roll < 0.5) {
      c.started = c.start.plus(random.nextInt(31), ChronoUnit.MINUTES);
      return new CaseStarted(id, at, SOURCE, department.hospitalId(), department.id(), 1, c.id, c.started);
    }
    if (roll < 0.8) {
      plan(c, today);
      return new CaseRescheduled(id, at, SOURCE, department.hospitalId(), department.id(), 1, c.id, c.procedure,
          c.competency, c.room, c.start, c.minutes, department.zone().getId());
    }
    cases.remove(c);
    return new CaseCancelled(id, at, SOURCE, department.hospitalId(), department.id(), 1, c.id);
  }

  /** A booking of a new case; {@code caseId} lets a caller cancel it before it is booked. */
  CaseScheduled book(UUID id, Instant at, String caseId) {
    OpenCase c = new OpenCase(caseId);
    plan(c, random.nextDouble() < 0.3);
    cases.add(c);
    return new CaseScheduled(id, at, SOURCE, department.hospitalId(), department.id(), 1, c.id, c.procedure,
        c.competency, c.room, c.start, c.minutes, department.zone().getId());
  }

  /** Forgets a case that was cancelled before its booking arrived. */
  void cancelled(String caseId) {
    cases.removeIf(c -> c.id.equals(caseId));
  }

  /** A patient on pump now: the emergency starts when requested and is then started and ended like any case. */
  EmergencyBypassRequested emergency(UUID id, Instant at) {
    OpenCase c = new OpenCase(department.prefix().toUpperCase() + "-EM-" + (++booked));
    c.procedure = random.nextBoolean() ? "CABG" : "ECMO";
    c.competency = c.procedure.equals("CABG") ? Competency.ADULT_CPB : Competency.ECMO_ADULT;
    c.room = random.nextBoolean() ? "OR-1" : "ICU-2";
    c.start = at;
    c.minutes = 120 + 30 * random.nextInt(7);
    cases.add(c);
    return new EmergencyBypassRequested(id, at, SOURCE, department.hospitalId(), department.id(), 1, c.id,
        c.procedure, c.competency, c.room, c.minutes, department.zone().getId());
  }

  String newCaseId() {
    return department.prefix().toUpperCase() + "-C-" + (++booked);
  }

  /** A plan today (from 8 hours before the clock) or later in the horizon, on the quarter hour. */
  private void plan(OpenCase c, boolean today) {
    if (c.procedure == null || random.nextDouble() < 0.1) {
      String[] procedure = PROCEDURES[random.nextInt(PROCEDURES.length)];
      c.procedure = procedure[0];
      c.competency = Competency.valueOf(procedure[1]);
    }
    long quarters = today ? random.nextInt(36) - 32 : random.nextInt((int) (horizon.toMinutes() / 15) - 36) + 4;
    c.start = clock.truncatedTo(ChronoUnit.HOURS).plus(15 * quarters, ChronoUnit.MINUTES);
    c.minutes = 90 + 30 * random.nextInt(9);
    c.room = "OR-" + (1 + random.nextInt(4));
  }

  /** A case the hospital has booked and not yet ended or cancelled. */
  private static final class OpenCase {
    final String id;
    String procedure;
    Competency competency;
    String room;
    Instant start;
    int minutes;
    Instant started;

    OpenCase(String id) {
      this.id = id;
    }
  }
}
