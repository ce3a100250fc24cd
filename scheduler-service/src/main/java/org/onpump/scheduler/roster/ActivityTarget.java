package org.onpump.scheduler.roster;

import org.onpump.scheduler.staff.Perfusionist;

/**
 * How many activities of a kind a perfusionist still needs in this roster period to stay on pace for the year
 * (or for their training), computed from the year to date and the department's policy before solving.
 */
public record ActivityTarget(Perfusionist perfusionist, ActivityKind kind, int needed) {

  /** The counts the certification board and training programmes ask for. */
  public enum ActivityKind {
    /** A CCP's clinical activities, primary or secondary (ABCP: 40 a year). */
    CLINICAL,
    /** A CCP's activities as primary (ABCP: at least 25 a year). */
    PRIMARY,
    /** A student's cases (75 before the first board exam). */
    STUDENT_CASE,
    /** A student's paediatric cases (10). */
    STUDENT_PAEDIATRIC,
    /** A board-eligible perfusionist's independent cases before the clinical exam. */
    INDEPENDENT;

    /** Whether a seat held by someone with this target counts toward it. */
    public boolean countedBy(Slot slot) {
      return switch (this) {
        case CLINICAL -> slot.kind().isClinicalActivity();
        case PRIMARY, INDEPENDENT -> slot.kind() == SeatKind.PRIMARY;
        case STUDENT_CASE -> slot.kind() == SeatKind.STUDENT;
        case STUDENT_PAEDIATRIC -> slot.kind() == SeatKind.STUDENT && slot.paediatric();
      };
    }
  }
}
