package org.onpump.scheduler.roster;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import org.onpump.scheduler.department.DepartmentPolicy;
import org.optaplanner.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import org.optaplanner.core.api.solver.Solver;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.impl.localsearch.scope.LocalSearchPhaseScope;
import org.optaplanner.core.impl.phase.event.PhaseLifecycleListenerAdapter;
import org.optaplanner.core.impl.phase.scope.AbstractPhaseScope;
import org.optaplanner.core.impl.solver.AbstractSolver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One department's continuously running solver. It starts from the stored roster, keeps improving it, and takes
 * every later change as a problem change ({@link RosterResync}) without starting over; between changes, once it
 * stops finding better rosters, it idles (OptaPlanner's daemon mode) until the next change.
 */
final class LivePlan {

  private static final Logger log = LoggerFactory.getLogger(LivePlan.class);

  private final String departmentId;
  private final Solver<DepartmentRoster> solver;
  private final DepartmentPolicy policy;
  private final Object monitor = new Object();
  private DepartmentRoster best;
  private long settledAt;
  private long revision;
  private long searchedRevision = -1;
  private long searchStartedAt;
  private volatile boolean failed;

  private LivePlan(String departmentId, Solver<DepartmentRoster> solver, DepartmentPolicy policy) {
    this.departmentId = departmentId;
    this.solver = solver;
    this.policy = policy;
  }

  /** Starts solving the stored roster on a thread of {@code threads}. */
  static LivePlan start(String departmentId, SolverFactory<DepartmentRoster> daemonFactory,
      DepartmentRoster stored, ExecutorService threads) {
    LivePlan plan = new LivePlan(departmentId, daemonFactory.buildSolver(), stored.getPolicy());
    plan.solver.addEventListener(event -> plan.improved(event.getNewBestSolution()));
    // Internal API, the one way to know a change has been constructed and local search is on it.
    ((AbstractSolver<DepartmentRoster>) plan.solver).addPhaseLifecycleListener(
        new PhaseLifecycleListenerAdapter<>() {
          @Override
          public void phaseStarted(AbstractPhaseScope<DepartmentRoster> phase) {
            if (phase instanceof LocalSearchPhaseScope<DepartmentRoster>) {
              // Construction after a change does not always fire a best-solution event: take its best here.
              plan.improved(phase.getSolverScope().getBestSolution());
              plan.searching(phase.getWorkingSolution().getRevision());
            }
          }

          @Override
          public void phaseEnded(AbstractPhaseScope<DepartmentRoster> phase) {
            plan.improved(phase.getSolverScope().getBestSolution());
          }
        });
    DepartmentRoster problem = stored.copy();
    threads.execute(() -> {
      try {
        plan.solver.solve(problem);
      } catch (RuntimeException e) {
        plan.failed = true;
        log.error("Live plan of department {} stopped: {}", departmentId, e.toString(), e);
      }
    });
    return plan;
  }

  /** Applies the department as now stored to the running solver; returns the change's revision. */
  long resync(DepartmentRoster fresh) {
    long next;
    synchronized (monitor) {
      next = ++revision;
    }
    solver.addProblemChange(new RosterResync(fresh, next));
    return next;
  }

  /**
   * The best roster that includes change {@code revision}, once construction is over, it is safe, and its hard and
   * medium scores (safety, then seats left open) have not improved for {@code settle}; else whatever is best at
   * {@code limit}; null if the solver has not reached the change by then. Soft gains come later, in the background.
   */
  DepartmentRoster awaitRepaired(long revision, Duration settle, Duration limit) throws InterruptedException {
    long deadline = System.nanoTime() + limit.toNanos();
    synchronized (monitor) {
      while (!failed) {
        long now = System.nanoTime();
        boolean reached = best != null && best.getRevision() >= revision;
        long quietSince = Math.max(settledAt, searchStartedAt);
        if (reached && searchedRevision >= revision && best.getScore() != null && best.getScore().isFeasible()
            && now - quietSince >= settle.toNanos()) {
          return best;
        }
        if (now >= deadline) {
          return reached ? best : null;
        }
        long untilSettled = settle.toNanos() - Math.min(now - quietSince, settle.toNanos() - 1);
        TimeUnit.NANOSECONDS.timedWait(monitor, Math.max(Math.min(deadline - now, untilSettled), 1_000_000));
      }
    }
    throw new IllegalStateException("the live plan of department " + departmentId + " has stopped");
  }

  /** The best roster found so far (a copy the solver no longer touches), or null before the first. */
  DepartmentRoster best() {
    synchronized (monitor) {
      return best;
    }
  }

  /** The policy the plan started with: a new policy needs a new plan. */
  DepartmentPolicy policy() {
    return policy;
  }

  boolean isRunning() {
    return !failed;
  }

  void stop() {
    solver.terminateEarly();
  }

  private static boolean sameSafetyAndFill(DepartmentRoster one, DepartmentRoster other) {
    HardMediumSoftScore a = one.getScore();
    HardMediumSoftScore b = other.getScore();
    return a != null && b != null && a.hardScore() == b.hardScore() && a.mediumScore() == b.mediumScore();
  }

  private void searching(long changeRevision) {
    synchronized (monitor) {
      searchedRevision = changeRevision;
      searchStartedAt = System.nanoTime();
      monitor.notifyAll();
    }
  }

  private void improved(DepartmentRoster roster) {
    synchronized (monitor) {
      if (roster == best) {
        return;
      }
      if (best == null || best.getRevision() != roster.getRevision() || !sameSafetyAndFill(best, roster)) {
        settledAt = System.nanoTime();
      }
      best = roster;
      monitor.notifyAll();
    }
  }
}
