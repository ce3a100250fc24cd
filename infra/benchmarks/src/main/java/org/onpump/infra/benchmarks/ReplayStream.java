package org.onpump.infra.benchmarks;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.onpump.shared.event.CaseCancelled;
import org.onpump.shared.event.CaseEnded;
import org.onpump.shared.event.CaseEvent;
import org.onpump.shared.event.CaseRescheduled;
import org.onpump.shared.event.CaseScheduled;
import org.onpump.shared.event.CaseStarted;
import org.onpump.shared.event.OnPumpEvent;

/**
 * The history of several departments as their hospitals told it, for the replay: each department's generated weeks
 * repeated back in time, every case with a valid life in order (booked; sometimes moved once or twice; then run,
 * started and ended, or cancelled; cases still to come only booked, moved or cancelled), each event at the time it
 * happened, all before now. The departments share the total equally; the stream is in time order.
 */
final class ReplayStream {

  private static final String SOURCE = "bench-replay";

  private ReplayStream() {
  }

  static List<CaseEvent> generate(List<SeededDepartment> departments, int total, Instant now, long seed) {
    Random random = new Random(seed);
    List<CaseEvent> events = new ArrayList<>(total);
    for (int d = 0; d < departments.size(); d++) {
      int budget = total / departments.size() + (d < total % departments.size() ? 1 : 0);
      events.addAll(history(departments.get(d), budget, now, random));
    }
    events.sort(Comparator.comparing(CaseEvent::occurredAt));
    return events;
  }

  /** The department's most recent {@code budget} events: its generated weeks, then the same weeks earlier. */
  private static List<CaseEvent> history(SeededDepartment department, int budget, Instant now, Random random) {
    List<CaseEvent> events = new ArrayList<>(budget);
    List<SeededDepartment.CaseTemplate> weeks = department.cases();
    if (weeks.isEmpty()) {
      throw new IllegalStateException("department " + department.id() + " has no cases to replay");
    }
    long cycleDays = Duration.between(weeks.get(0).plannedStart(), weeks.get(weeks.size() - 1).plannedStart())
        .toDays() / 7 * 7 + 7;
    for (int cycle = 0; events.size() < budget; cycle--) {
      for (SeededDepartment.CaseTemplate template : weeks) {
        if (events.size() >= budget) {
          break;
        }
        var start = template.plannedStart().atZone(template.zone()).plusDays(cycle * cycleDays);
        String caseId = "c-" + start.toLocalDate() + template.caseId().substring("c-yyyy-mm-dd".length());
        List<CaseEvent> life = life(department.id(), template, caseId, start.toInstant(), now, random);
        events.addAll(life.subList(0, Math.min(life.size(), budget - events.size())));
      }
    }
    return events;
  }

  private static List<CaseEvent> life(String departmentId, SeededDepartment.CaseTemplate t, String caseId,
      Instant start, Instant now, Random random) {
    List<CaseEvent> life = new ArrayList<>();
    Instant at = earliest(start.minus(Duration.ofDays(7 + random.nextInt(15))),
        now.minus(Duration.ofMinutes(60 + random.nextInt(48 * 60))));
    int minutes = t.minutes();
    life.add(new CaseScheduled(UUID.randomUUID(), at, SOURCE, t.hospitalId(), departmentId,
        OnPumpEvent.SCHEMA_VERSION, caseId, t.procedureType(), t.competency(), t.orRoom(), start, minutes,
        t.zone().getId()));
    int moves = random.nextDouble() < 0.3 ? (random.nextDouble() < 0.33 ? 2 : 1) : 0;
    for (int i = 0; i < moves; i++) {
      at = between(at, earliest(start, now), random);
      start = start.plus(Duration.ofMinutes(15L * (1 + random.nextInt(4)) * (random.nextBoolean() ? 1 : -1)));
      minutes = random.nextInt(3) == 0 ? Math.max(60, minutes + 30) : minutes;
      life.add(new CaseRescheduled(UUID.randomUUID(), at, SOURCE, t.hospitalId(), departmentId,
          OnPumpEvent.SCHEMA_VERSION, caseId, t.procedureType(), t.competency(), t.orRoom(), start, minutes,
          t.zone().getId()));
    }
    boolean cancelled = random.nextDouble() < 0.08;
    if (cancelled || start.isAfter(now)) {
      if (cancelled) {
        Instant by = earliest(start.minus(Duration.ofHours(1)), now);
        life.add(new CaseCancelled(UUID.randomUUID(), between(at, by, random), SOURCE, t.hospitalId(),
            departmentId, OnPumpEvent.SCHEMA_VERSION, caseId));
      }
      return life;
    }
    Instant startedAt = start.plus(Duration.ofMinutes(random.nextInt(20)));
    Instant startedReported = startedAt.plus(Duration.ofMinutes(1));
    if (startedReported.isBefore(now) && startedReported.isAfter(at)) {
      life.add(new CaseStarted(UUID.randomUUID(), startedReported, SOURCE, t.hospitalId(), departmentId,
          OnPumpEvent.SCHEMA_VERSION, caseId, startedAt));
      Instant endedAt = startedAt.plus(Duration.ofMinutes(minutes - 15L + random.nextInt(46)));
      Instant endedReported = endedAt.plus(Duration.ofMinutes(2));
      if (endedReported.isBefore(now)) {
        life.add(new CaseEnded(UUID.randomUUID(), endedReported, SOURCE, t.hospitalId(), departmentId,
            OnPumpEvent.SCHEMA_VERSION, caseId, startedAt, endedAt));
      }
    }
    return life;
  }

  private static Instant earliest(Instant a, Instant b) {
    return a.isBefore(b) ? a : b;
  }

  /** A moment after {@code after} (by at least a second) and, when there is room, before {@code before}. */
  private static Instant between(Instant after, Instant before, Random random) {
    long room = Duration.between(after, before).toSeconds();
    return after.plusSeconds(room <= 2 ? 1 : 1 + (long) (random.nextDouble() * (room - 1)));
  }
}
