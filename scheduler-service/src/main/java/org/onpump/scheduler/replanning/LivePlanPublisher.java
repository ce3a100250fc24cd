package org.onpump.scheduler.replanning;

import org.onpump.scheduler.replanning.PlanningProperties.Mode;
import org.onpump.scheduler.roster.RosterSolver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Stores and announces what the live plans found in the background since their last change, every
 * {@code onpump.planning.publish-interval}: a better roster (the stability goal counts every move against it).
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

  @Scheduled(fixedDelayString = "${onpump.planning.publish-interval:10s}")
  void publishImprovements() {
    if (planning.mode() != Mode.LIVE) {
      return;
    }
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
