package org.onpump.scheduler.roster;

import java.util.ArrayList;
import java.util.List;
import org.onpump.scheduler.department.DepartmentPolicy;
import org.onpump.scheduler.staff.Perfusionist;
import org.optaplanner.core.api.domain.lookup.LookUpStrategyType;
import org.optaplanner.core.api.domain.solution.PlanningEntityCollectionProperty;
import org.optaplanner.core.api.domain.solution.PlanningScore;
import org.optaplanner.core.api.domain.solution.PlanningSolution;
import org.optaplanner.core.api.domain.solution.ProblemFactCollectionProperty;
import org.optaplanner.core.api.domain.solution.ProblemFactProperty;
import org.optaplanner.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;

/**
 * One department's roster over a period: every seat (cases, stand-by, on call, ECMO) and who holds it, with the
 * facts the rules need. Build one with {@link RosterProblem}. A live plan's changes look facts up by equality
 * (a perfusionist is equal by id; pump moments and activity targets are values).
 */
@PlanningSolution(lookUpStrategyType = LookUpStrategyType.EQUALITY)
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
  /** Which change of the live plan this roster includes (0: as first built); not part of the score. */
  private long revision;

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

  public long getRevision() {
    return revision;
  }

  void setRevision(long revision) {
    this.revision = revision;
  }

  /** Replaces the fact lists (a problem change must not edit the lists the best solution shares). */
  void setFacts(List<Perfusionist> perfusionists, List<PumpMoment> pumpMoments,
      List<ActivityTarget> activityTargets) {
    this.perfusionists = perfusionists;
    this.pumpMoments = pumpMoments;
    this.activityTargets = activityTargets;
  }

  /** A roster of its own (its seats copied; facts, which nobody changes, shared), with the same score. */
  DepartmentRoster copy() {
    DepartmentRoster copy = new DepartmentRoster(policy, new ArrayList<>(perfusionists), new ArrayList<>(pumpMoments),
        new ArrayList<>(activityTargets), new ArrayList<>(seats.stream().map(Seat::copy).toList()));
    copy.score = score;
    copy.revision = revision;
    return copy;
  }
}
