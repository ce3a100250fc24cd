package org.onpump.infra.benchmarks;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.onpump.shared.event.CaseEvent;

/**
 * The steady background load on one department: at a fixed rate, the hospital books a new elective case (30 %),
 * moves one (40 %) or cancels one someone holds (30 %), each through the REST intake. A case is touched again only
 * once its last event has had its effect. While measuring, every event is an elective sample.
 */
final class CaseLoad implements AutoCloseable {

  private static final long PATIENCE_NANOS = Duration.ofSeconds(30).toNanos();

  private final SeededDepartment department;
  private final IntakeClient intake;
  private final PipelineObserver observer;
  private final Random random;
  private final Duration horizon;
  private final List<LiveCase> cases = new ArrayList<>();
  private final ExecutorService posters = Executors.newFixedThreadPool(4, daemon("intake-poster"));
  private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(daemon("load-ticker"));
  private final ConcurrentLinkedQueue<Sample> samples = new ConcurrentLinkedQueue<>();
  private volatile boolean measuring;
  private int booked;

  CaseLoad(SeededDepartment department, IntakeClient intake, PipelineObserver observer, long seed,
      Duration horizon) {
    this.department = department;
    this.intake = intake;
    this.observer = observer;
    this.random = new Random(seed);
    this.horizon = horizon;
  }

  private static java.util.concurrent.ThreadFactory daemon(String name) {
    return runnable -> {
      Thread thread = new Thread(runnable, name);
      thread.setDaemon(true);
      return thread;
    };
  }

  /** Books the department's generated cases inside the planning window; returns their event ids. */
  synchronized List<UUID> prefill() {
    Instant now = Instant.now();
    List<java.util.concurrent.Future<?>> posts = new ArrayList<>();
    List<UUID> ids = new ArrayList<>();
    for (SeededDepartment.CaseTemplate template : department.cases()) {
      if (template.plannedStart().isAfter(now.plus(Duration.ofHours(1)))
          && template.plannedStart().isBefore(now.plus(horizon).minus(Duration.ofDays(1)))) {
        LiveCase live = LiveCase.of(department.id(), template);
        CaseEvent event = live.booked(now);
        cases.add(live);
        ids.add(event.eventId());
        posts.add(posters.submit(() -> intake.post(event)));
      }
    }
    for (var post : posts) {
      try {
        post.get();
      } catch (Exception e) {
        throw new IllegalStateException("prefill failed", e);
      }
    }
    return ids;
  }

  void start(double eventsPerSecond) {
    ticker.scheduleAtFixedRate(this::tick, 0, Math.round(1_000_000_000L / eventsPerSecond), TimeUnit.NANOSECONDS);
  }

  void measure(boolean on) {
    measuring = on;
  }

  List<Sample> samples() {
    return List.copyOf(samples);
  }

  private synchronized void tick() {
    Instant now = Instant.now();
    double pick = random.nextDouble();
    Kind kind = pick < 0.3 ? Kind.BOOKED : pick < 0.7 ? Kind.RESCHEDULED : Kind.CANCELLED;
    LiveCase chosen = kind == Kind.BOOKED ? null : idleCase(kind == Kind.CANCELLED, now);
    CaseEvent event;
    if (chosen == null) {
      kind = Kind.BOOKED;
      LiveCase fresh = newCase(now);
      cases.add(fresh);
      event = fresh.booked(now);
    } else if (kind == Kind.RESCHEDULED) {
      event = moved(chosen, now);
    } else {
      cases.remove(chosen);
      event = chosen.cancelled(now);
    }
    boolean sample = measuring;
    Kind what = kind;
    posters.execute(() -> {
      IntakeClient.Answer answer = intake.post(event);
      if (sample) {
        samples.add(new Sample(event.eventId(), what, event.hospitalId(), event.caseId(), answer));
      }
    });
  }

  /** A case with nothing on its way, starting in more than three hours (and held, if asked). */
  private LiveCase idleCase(boolean held, Instant now) {
    for (int attempt = 0; attempt < 30 && !cases.isEmpty(); attempt++) {
      LiveCase candidate = cases.get(random.nextInt(cases.size()));
      if (candidate.isIdle(observer, PATIENCE_NANOS) && candidate.plannedStart.isAfter(now.plusSeconds(3 * 3600))
          && (!held || observer.isHeld(candidate.hospitalId, candidate.caseId))) {
        return candidate;
      }
    }
    return null;
  }

  /** A new case on a weekday one to ten days ahead, between 07:30 and 14:30 local time, of a generated kind. */
  private LiveCase newCase(Instant now) {
    SeededDepartment.Site site = department.hospitals().get(random.nextInt(department.hospitals().size()));
    SeededDepartment.CaseTemplate kind = department.cases().get(random.nextInt(department.cases().size()));
    LocalDate day = LocalDate.ofInstant(now, site.zone()).plusDays(1 + random.nextInt(10));
    while (day.getDayOfWeek().getValue() > 5) {
      day = day.plusDays(1);
    }
    Instant start = day.atTime(LocalTime.of(7, 30).plusMinutes(15L * random.nextInt(29))).atZone(site.zone())
        .toInstant();
    String room = site.rooms().isEmpty() ? "OR-1" : site.rooms().get(random.nextInt(site.rooms().size()));
    return new LiveCase(department.id(), site.id(), "bench-" + (++booked), kind.procedureType(), kind.competency(),
        room, site.zone(), start, kind.minutes());
  }

  /** Moved by 15 to 90 minutes (later if earlier would be too close), a third of the time also lengthened. */
  private CaseEvent moved(LiveCase live, Instant now) {
    long shift = 15L * (1 + random.nextInt(6)) * (random.nextBoolean() ? 1 : -1);
    Instant start = live.plannedStart.plusSeconds(60 * shift);
    if (start.isBefore(now.plus(Duration.ofHours(2))) || start.isAfter(now.plus(horizon).minus(Duration.ofDays(1)))) {
      start = live.plannedStart.plusSeconds(60 * -shift);
    }
    int minutes = random.nextInt(3) == 0 ? Math.max(60, live.minutes + (random.nextBoolean() ? 30 : -30))
        : live.minutes;
    return live.rescheduled(now, start, minutes);
  }

  @Override
  public void close() {
    ticker.shutdownNow();
    posters.shutdown();
    try {
      posters.awaitTermination(20, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    posters.shutdownNow();
  }

  /** Stops new events; the ones on their way are still posted. */
  void stop() {
    ticker.shutdownNow();
  }

  /** What the hospital did. */
  enum Kind { BOOKED, RESCHEDULED, CANCELLED }

  /** One elective event posted while measuring, and the intake's answer. */
  record Sample(UUID eventId, Kind kind, String hospitalId, String caseId, IntakeClient.Answer answer) {}
}
