package org.onpump.scheduler.replanning;

import org.onpump.scheduler.replanning.PlanningProperties.Mode;
import org.onpump.scheduler.roster.RosterSolver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Stores and announces what the live plans found in the background since their last change, at most every
 * {@code onpump.planning.publish-interval}: a better roster (the stability goal counts every move against it). The
 * case-event listener calls it when idle, on its own thread: a second thread writing the same departments' seats
 * deadlocked with event replanning under load.
 */
@Component
class LivePlanPublisher {

  private static final Logger log = LoggerFactory.getLogger(LivePlanPublisher.class);

  private final DepartmentOwnership ownership;
  private final RosterSolver solver;
  private final RosterUpdate rosterUpdate;
  private final PlanningProperties planning;

  LivePlanPublisher(DepartmentOwnership ownership, RosterSolver solver, RosterUpdate rosterUpdate,
      PlanningProperties planning) {
    this.ownership = ownership;
    this.solver = solver;
    this.rosterUpdate = rosterUpdate;
    this.planning = planning;
  }

  private long lastPublished = System.nanoTime();

  void publishIfDue() {
    if (planning.mode() != Mode.LIVE || System.nanoTime() - lastPublished < planning.publishInterval().toNanos()) {
      return;
    }
    lastPublished = System.nanoTime();
    for (String departmentId : ownership.departments()) {
      if (solver.plansLive(departmentId)) {
        try {
          rosterUpdate.storeImprovement(departmentId);
        } catch (RuntimeException e) {
          log.warn("Could not store the live plan's improvements of department {}: {}", departmentId,
              e.toString());
        }
      }
    }
  }
}
