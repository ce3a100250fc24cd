package org.onpump.scheduler.roster;

import java.time.Duration;
import java.time.Instant;
import org.onpump.scheduler.cases.CaseKey;
import org.onpump.scheduler.staff.Perfusionist;
import org.onpump.shared.event.Competency;
import org.optaplanner.core.api.domain.entity.PlanningEntity;
import org.optaplanner.core.api.domain.entity.PlanningPin;
import org.optaplanner.core.api.domain.lookup.PlanningId;
import org.optaplanner.core.api.domain.variable.PlanningVariable;

/**
 * The primary perfusionist's seat on one pump case: the thing the solver fills. It may stay empty: an unfillable
 * case is announced, never dropped. A started case's seat is pinned.
 */
@PlanningEntity
public class CaseSeat {

  @PlanningId
  private String id;
  private CaseKey caseKey;
  private Competency requiredCompetency;
  private Instant start;
  private Instant end;
  private String currentAssigneeId;
  @PlanningPin
  private boolean pinned;

  @PlanningVariable(nullable = true)
  private Perfusionist perfusionist;

  CaseSeat() {
    // for the solver's cloning
  }

  public CaseSeat(CaseKey caseKey, Competency requiredCompetency, Instant start, Instant end,
      String currentAssigneeId, boolean pinned) {
    this.id = caseKey.toString();
    this.caseKey = caseKey;
    this.requiredCompetency = requiredCompetency;
    this.start = start;
    this.end = end;
    this.currentAssigneeId = currentAssigneeId;
    this.pinned = pinned;
  }

  public String getId() {
    return id;
  }

  public CaseKey getCaseKey() {
    return caseKey;
  }

  public Competency getRequiredCompetency() {
    return requiredCompetency;
  }

  public Instant getStart() {
    return start;
  }

  public Instant getEnd() {
    return end;
  }

  public int getMinutes() {
    return (int) Duration.between(start, end).toMinutes();
  }

  public boolean isPinned() {
    return pinned;
  }

  public Perfusionist getPerfusionist() {
    return perfusionist;
  }

  public void setPerfusionist(Perfusionist perfusionist) {
    this.perfusionist = perfusionist;
  }

  /** Whether the seat went to someone other than its current assignee (or to nobody). */
  boolean movedFromCurrentAssignee() {
    return currentAssigneeId != null && (perfusionist == null || !currentAssigneeId.equals(perfusionist.id()));
  }

  @Override
  public String toString() {
    return id + " -> " + perfusionist;
  }
}
