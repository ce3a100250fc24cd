package org.onpump.scheduler.roster;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.optaplanner.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import org.optaplanner.core.api.solver.SolutionManager;
import org.optaplanner.core.api.solver.SolverFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Solves departments' rosters. In live planning each department this instance owns has a {@link LivePlan}: a
 * solver that keeps running and takes each change as a problem change. The reproducible solve starts afresh from
 * the stored roster with a fixed seed and step count, so the same history always gives the same roster. Either
 * way a roster that still breaks a hard rule has the seats of the broken rules emptied before it is returned.
 */
@Service
public class RosterSolver implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(RosterSolver.class);

  private final SolverProperties properties;
  private final SolverFactory<DepartmentRoster> daemonFactory;
  private final SolverFactory<DepartmentRoster> reproducibleFactory;
  private final UnsafeSeats unsafeSeats;
  private final NeedlessMoves needlessMoves;
  private final Map<String, LivePlan> livePlans = new ConcurrentHashMap<>();
  private final ExecutorService threads = Executors.newCachedThreadPool(task -> {
    Thread thread = new Thread(task, "live-plan");
    thread.setDaemon(true);
    return thread;
  });
  private final Timer repairTimer;
  private final Counter releasedSeats;
  private final Counter undoneMoves;

  RosterSolver(SolverProperties properties, MeterRegistry meters) {
    this.properties = properties;
    this.daemonFactory = SolverFactory.create(SolverConfiguration.liveConfig(properties));
    this.reproducibleFactory = SolverFactory.create(SolverConfiguration.reproducibleConfig(properties));
    this.unsafeSeats = new UnsafeSeats(SolutionManager.create(reproducibleFactory));
    this.needlessMoves = new NeedlessMoves(daemonFactory);
    this.undoneMoves = Counter.builder("onpump.roster.needless.moves.undone")
        .description("Seats a live plan moved for nothing, given back to their published holder").register(meters);
    this.releasedSeats = Counter.builder("onpump.roster.unsafe.seats.released")
        .description("Seats emptied after a solve because their holder broke a hard rule").register(meters);
    this.repairTimer = Timer.builder("onpump.roster.repair")
        .description("Time from a department's change to its repaired roster").register(meters);
    meters.gauge("onpump.roster.live.plans", livePlans, Map::size);
  }

  /**
   * Hands the department as now stored to its live plan (starting one if this instance has none) and returns the
   * repaired roster: the best that includes the change once it is safe and settled, or at the repair limit; then
   * every seat moved needlessly goes back to whom it was published to.
   */
  public SolvedRoster repairLive(String departmentId, DepartmentRoster stored) {
    long started = System.nanoTime();
    LivePlan plan = livePlans.get(departmentId);
    if (plan != null && (!plan.isRunning() || !plan.policy().equals(stored.getPolicy()))) {
      forget(departmentId);
      plan = null;
    }
    if (plan == null) {
      plan = LivePlan.start(departmentId, daemonFactory, stored.copy(), threads);
      livePlans.put(departmentId, plan);
    }
    try {
      long revision = plan.resync(stored.copy());
      DepartmentRoster repaired = plan.awaitRepaired(revision, properties.settle(), properties.repairLimit());
      if (repaired == null) {
        throw new IllegalStateException("department " + departmentId + ": the live plan did not take the change "
            + "within " + properties.repairLimit());
      }
      DepartmentRoster kept = withoutNeedlessMoves(repaired.copy());
      log.debug("Department {}: change {} repaired in {} ms, score {}", departmentId, revision,
          (System.nanoTime() - started) / 1_000_000, kept.getScore());
      return safe(departmentId, kept);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while repairing department " + departmentId, e);
    } finally {
      repairTimer.record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
    }
  }

  /** Solves the stored roster afresh, the same way every time (fixed seed, fixed number of steps). */
  public SolvedRoster solveReproducibly(String departmentId, DepartmentRoster stored) {
    return safe(departmentId, reproducibleFactory.buildSolver().solve(stored.copy()));
  }

  /** The live plan's best roster so far, if this instance plans the department. */
  public Optional<DepartmentRoster> liveBest(String departmentId) {
    LivePlan plan = livePlans.get(departmentId);
    return plan == null ? Optional.empty()
        : Optional.ofNullable(plan.best()).map(DepartmentRoster::copy).map(this::withoutNeedlessMoves);
  }

  private DepartmentRoster withoutNeedlessMoves(DepartmentRoster roster) {
    undoneMoves.increment(needlessMoves.undo(roster));
    return roster;
  }

  /** Stops the live plans of departments this instance no longer owns. */
  public void forget(Collection<String> departmentIds) {
    departmentIds.forEach(this::forget);
  }

  public void forget(String departmentId) {
    LivePlan plan = livePlans.remove(departmentId);
    if (plan != null) {
      plan.stop();
      log.info("Stopped the live plan of department {}", departmentId);
    }
  }

  public boolean plansLive(String departmentId) {
    return livePlans.containsKey(departmentId);
  }

  /** The roster as it may be stored: seats whose holder breaks a hard rule are emptied first. */
  public SolvedRoster safe(String departmentId, DepartmentRoster solved) {
    HardMediumSoftScore score = solved.getScore();
    if (score == null || !score.isFeasible()) {
      UnsafeSeats.Released released = unsafeSeats.release(solved);
      releasedSeats.increment(released.seats());
      log.warn("Department {}: the roster broke {}; {} seats emptied, score now {}", departmentId,
          released.brokenRules(), released.seats(), solved.getScore());
    }
    return SolvedRoster.of(solved);
  }

  @Override
  public void close() {
    livePlans.keySet().forEach(this::forget);
    threads.shutdownNow();
  }
}
