package org.onpump.shared.event;

import java.time.Instant;

/** What scheduling needs to know of a booked case, and nothing about the patient. */
public sealed interface PlannedCase extends CaseEvent permits CaseScheduled, CaseRescheduled {

  /** The longest case the contract accepts: a day. */
  int MAX_DURATION_MINUTES = 24 * 60;

  /** A procedure code such as {@code CABG}, {@code VALVE}, {@code AORTIC}, {@code CONGENITAL}, {@code TRANSPLANT}. */
  String procedureType();

  Competency requiredCompetency();

  String orRoom();

  Instant plannedStart();

  Integer plannedDurationMinutes();

  /** The hospital's IANA time zone, for showing local times to the people who work there. */
  String hospitalTimeZone();

  default Instant plannedEnd() {
    return plannedStart().plusSeconds(60L * plannedDurationMinutes());
  }
}
