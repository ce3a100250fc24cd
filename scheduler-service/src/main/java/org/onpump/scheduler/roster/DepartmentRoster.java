package org.onpump.scheduler.roster;

import java.util.List;
import org.onpump.scheduler.department.DepartmentPolicy;
import org.onpump.scheduler.staff.Perfusionist;
import org.optaplanner.core.api.domain.solution.PlanningEntityCollectionProperty;
import org.optaplanner.core.api.domain.solution.PlanningScore;
import org.optaplanner.core.api.domain.solution.PlanningSolution;
import org.optaplanner.core.api.domain.solution.ProblemFactCollectionProperty;
import org.optaplanner.core.api.domain.solution.ProblemFactProperty;
import org.optaplanner.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;

/**
 * One department's roster over a period: every seat (cases, stand-by, on call, ECMO) and who holds it, with the
 * facts the rules need. Build one with {@link RosterProblem}.
 */
@PlanningSolution
public class DepartmentRoster {

  @ProblemFactProperty
  private DepartmentPolicy policy;
  @ProblemFactCollectionProperty
  private List<Perfusionist> perfusionists;
  @ProblemFactCollectionProperty
  private List<PumpMoment> pumpMoments;
  @ProblemFactCollectionProperty
  private List<ActivityTarget> activityTargets;
  @PlanningEntityCollectionProperty
  private List<Seat> seats;
  @PlanningScore
  private HardMediumSoftScore score;

  DepartmentRoster() {
    // for the solver's cloning
  }

  public DepartmentRoster(DepartmentPolicy policy, List<Perfusionist> perfusionists, List<PumpMoment> pumpMoments,
      List<ActivityTarget> activityTargets, List<Seat> seats) {
    this.policy = policy;
    this.perfusionists = perfusionists;
    this.pumpMoments = pumpMoments;
    this.activityTargets = activityTargets;
    this.seats = seats;
  }

  public DepartmentPolicy getPolicy() {
    return policy;
  }

  public List<Perfusionist> getPerfusionists() {
    return perfusionists;
  }

  public List<PumpMoment> getPumpMoments() {
    return pumpMoments;
  }

  public List<ActivityTarget> getActivityTargets() {
    return activityTargets;
  }

  public List<Seat> getSeats() {
    return seats;
  }

  public HardMediumSoftScore getScore() {
    return score;
  }

  public void setScore(HardMediumSoftScore score) {
    this.score = score;
  }
}
