package org.onpump.scheduler.intake;

import java.util.UUID;

/** The answer to an accepted case event: it is on its way to the planner. */
public record CaseEventAccepted(UUID eventId, String status) {

  static CaseEventAccepted of(UUID eventId) {
    return new CaseEventAccepted(eventId, "ACCEPTED");
  }
}
