package org.onpump.scheduler.roster;

import java.util.List;
import org.onpump.scheduler.staff.Perfusionist;
import org.optaplanner.core.api.domain.solution.PlanningEntityCollectionProperty;
import org.optaplanner.core.api.domain.solution.PlanningScore;
import org.optaplanner.core.api.domain.solution.PlanningSolution;
import org.optaplanner.core.api.domain.solution.ProblemFactCollectionProperty;
import org.optaplanner.core.api.domain.valuerange.ValueRangeProvider;
import org.optaplanner.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;

/** One department's pump cases in the planning window and the perfusionists who may run them. */
@PlanningSolution
public class DepartmentRoster {

  @ProblemFactCollectionProperty
  @ValueRangeProvider
  private List<Perfusionist> perfusionists;

  @PlanningEntityCollectionProperty
  private List<CaseSeat> seats;

  @PlanningScore
  private HardMediumSoftScore score;

  DepartmentRoster() {
    // for the solver's cloning
  }

  public DepartmentRoster(List<Perfusionist> perfusionists, List<CaseSeat> seats) {
    this.perfusionists = perfusionists;
    this.seats = seats;
  }

  public List<Perfusionist> getPerfusionists() {
    return perfusionists;
  }

  public List<CaseSeat> getSeats() {
    return seats;
  }

  public HardMediumSoftScore getScore() {
    return score;
  }
}
