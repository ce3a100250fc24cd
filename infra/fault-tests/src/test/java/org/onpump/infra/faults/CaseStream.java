package org.onpump.infra.faults;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.onpump.infra.faults.StreamRecord.Kind;
import org.onpump.shared.event.CaseCancelled;
import org.onpump.shared.event.CaseEnded;
import org.onpump.shared.event.CaseRescheduled;
import org.onpump.shared.event.CaseScheduled;
import org.onpump.shared.event.CaseStarted;
import org.onpump.shared.event.EmergencyBypassRequested;
import org.onpump.shared.event.OnPumpEvent;
import org.onpump.shared.json.EventCodec;

/**
 * The fault test's stream, the same for the same seed: the lives of the departments' cases interleaved, with the
 * awkward records a real feed has: events sent twice, a cancellation before its booking, bytes that are not JSON,
 * an unknown hospital and a case that ends before it starts. Event times run up to the clock both runs use.
 */
final class CaseStream {

  private static final int OPEN_CASES_PER_DEPARTMENT = 8;

  private final List<StreamRecord> records = new ArrayList<>();
  private final Random random;
  private final long seed;
  private final Instant firstEventAt;
  private final Duration step;

  private CaseStream(long seed, int size, Instant clock) {
    this.random = new Random(seed);
    this.seed = seed;
    // Every event happened before the clock: the last one a step before it.
    this.step = Duration.ofMillis(Math.min(1000, Duration.ofHours(2).toMillis() / size));
    this.firstEventAt = clock.minus(step.multipliedBy(size + 1L));
  }

  /** {@code size} records across the departments. */
  static List<StreamRecord> generate(long seed, int size, List<Department> departments, Instant clock,
      Duration horizon) {
    CaseStream stream = new CaseStream(seed, size, clock);
    List<CaseLives> lives = departments.stream()
        .map(d -> new CaseLives(d, stream.random, clock, horizon, OPEN_CASES_PER_DEPARTMENT)).toList();
    while (stream.records.size() < size) {
      int d = stream.random.nextInt(departments.size());
      stream.next(departments.get(d), lives.get(d));
    }
    return List.copyOf(stream.records.subList(0, size));
  }

  private void next(Department department, CaseLives lives) {
    double roll = random.nextDouble();
    String key = department.id();
    if (roll < 0.03 && records.size() > 10) {
      StreamRecord earlier = records.get(records.size() - 1 - random.nextInt(Math.min(200, records.size())));
      if (earlier.eventId() != null) {
        records.add(new StreamRecord(earlier.key(), earlier.value(), earlier.eventId(), Kind.DUPLICATE));
      }
    } else if (roll < 0.036) {
      String junk = random.nextBoolean() ? "{\"type\":\"CaseScheduled\",\"eventId\":\"" + nextId()
          : "<SIU^S12 not json " + records.size() + ">";
      records.add(new StreamRecord(key, junk.getBytes(StandardCharsets.UTF_8), null, Kind.MALFORMED));
    } else if (roll < 0.042) {
      CaseScheduled booked = lives.book(nextId(), at(), lives.newCaseId());
      lives.cancelled(booked.caseId());
      add(new CaseScheduled(booked.eventId(), booked.occurredAt(), booked.source(), "nowhere-general",
          booked.departmentId(), 1, booked.caseId(), booked.procedureType(), booked.requiredCompetency(),
          booked.orRoom(), booked.plannedStart(), booked.plannedDurationMinutes(), booked.hospitalTimeZone()),
          Kind.UNKNOWN_HOSPITAL);
    } else if (roll < 0.046) {
      Instant started = at();
      add(new CaseEnded(nextId(), started, "fault-test-or-system", department.hospitalId(), department.id(), 1,
          lives.newCaseId(), started, started.minusSeconds(3600)), Kind.ENDS_BEFORE_STARTING);
    } else if (roll < 0.052) {
      // The hospital's feed delivers the cancellation first; the booking it cancels happened earlier.
      Instant bookedAt = at();
      UUID bookingId = nextId();
      String caseId = lives.newCaseId();
      add(new CaseCancelled(nextId(), bookedAt.plus(step), "fault-test-or-system", department.hospitalId(),
          department.id(), 1, caseId), Kind.CANCEL_BEFORE_BOOKING);
      add(lives.book(bookingId, bookedAt, caseId), Kind.BOOKED);
      lives.cancelled(caseId);
    } else if (roll < 0.06) {
      add(lives.emergency(nextId(), at()), Kind.EMERGENCY);
    } else {
      OnPumpEvent event = lives.next(nextId(), at());
      add(event, kindOf(event));
    }
  }

  private static Kind kindOf(OnPumpEvent event) {
    if (event instanceof CaseScheduled) {
      return Kind.BOOKED;
    }
    if (event instanceof CaseRescheduled) {
      return Kind.RESCHEDULED;
    }
    if (event instanceof CaseCancelled) {
      return Kind.CANCELLED;
    }
    if (event instanceof CaseStarted) {
      return Kind.STARTED;
    }
    if (event instanceof EmergencyBypassRequested) {
      return Kind.EMERGENCY;
    }
    return Kind.ENDED;
  }

  private void add(OnPumpEvent event, Kind kind) {
    records.add(new StreamRecord(event.partitionKey(), EventCodec.toBytes(event), event.eventId(), kind));
  }

  /** Each event a step after the one before, in the order they are generated. */
  private Instant at() {
    return firstEventAt.plus(step.multipliedBy(records.size() + 1L));
  }

  private UUID nextId() {
    return UUID.nameUUIDFromBytes(("fault-stream/" + seed + "/" + random.nextLong()).getBytes(StandardCharsets.UTF_8));
  }

  /** How many records of each kind, for the test's report. */
  static Map<Kind, Integer> mix(List<StreamRecord> records) {
    Map<Kind, Integer> mix = new EnumMap<>(Kind.class);
    records.forEach(r -> mix.merge(r.kind(), 1, Integer::sum));
    return mix;
  }
}
