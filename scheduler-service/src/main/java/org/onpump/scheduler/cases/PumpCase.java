package org.onpump.scheduler.cases;

import java.time.Instant;
import org.onpump.shared.event.Competency;

/** A case that needs a perfusionist on the pump, as the department knows it. No patient data. */
public record PumpCase(
    CaseKey key,
    String departmentId,
    String procedureType,
    Competency requiredCompetency,
    String orRoom,
    Instant plannedStart,
    int plannedDurationMinutes,
    String hospitalTimeZone,
    CaseStatus status,
    Instant startedAt,
    Instant endedAt) {

  /** When the pump is expected to run: from the actual start once the case started, else as planned. */
  public Instant expectedStart() {
    return startedAt != null ? startedAt : plannedStart;
  }

  public Instant expectedEnd() {
    return expectedStart().plusSeconds(60L * plannedDurationMinutes);
  }

  /** A started case keeps its team: replanning must not move it. */
  public boolean pinned() {
    return status == CaseStatus.IN_PROGRESS;
  }
}
