package org.onpump.scheduler.roster;

import java.time.LocalDate;
import org.onpump.scheduler.cases.CaseKey;
import org.onpump.scheduler.department.Hospital;
import org.onpump.scheduler.staff.Perfusionist;
import org.onpump.shared.event.Competency;

/**
 * What one seat on the roster asks for, fixed before solving: when and where, what it needs, and how the calendar
 * and the department's policy mark it. Times are {@link Minutes}.
 *
 * @param caseKey the case, for seats on a case; null for on-call and ECMO seats
 * @param day the hospital's local date the seat starts on
 * @param week weeks since the start of the roster period, for contract hours
 * @param paediatric counts toward a student's paediatric cases
 * @param complex a CCP is preferred over a board-eligible as primary
 * @param boardEligibleMayLead policy allows a board-eligible perfusionist as primary on this case type
 * @param responseMinutes for first call, how far from the hospital its holder may live
 */
public record Slot(
    String id, SeatKind kind, CaseKey caseKey, Hospital hospital, String procedureType, Competency competency,
    int start, int end, LocalDate day, int week, boolean night, boolean weekend, boolean holiday,
    boolean paediatric, boolean complex, boolean boardEligibleMayLead, int responseMinutes) {

  public Slot {
    if (end <= start) {
      throw new IllegalArgumentException("seat " + id + " must end after it starts");
    }
  }

  public int minutes() {
    return end - start;
  }

  // The rules one seat and one person decide on their own; the solver only ever offers people who meet them all.

  boolean fitsCredential(Perfusionist perfusionist) {
    return (kind == SeatKind.STUDENT) == perfusionist.isStudent();
  }

  boolean fitsCompetency(Perfusionist perfusionist) {
    return perfusionist.isCompetentFor(competency);
  }

  boolean fitsPrivileges(Perfusionist perfusionist) {
    return perfusionist.isPrivilegedAt(hospital.id());
  }

  boolean fitsLicence(Perfusionist perfusionist) {
    return !hospital.licenceRequired() || perfusionist.isLicensedIn(hospital.state());
  }

  boolean fitsCertification(Perfusionist perfusionist) {
    return perfusionist.isCertifiedOn(day);
  }

  boolean fitsBoardEligiblePolicy(Perfusionist perfusionist) {
    return kind != SeatKind.PRIMARY || boardEligibleMayLead || !perfusionist.isBoardEligible();
  }

  boolean fitsResponseTime(Perfusionist perfusionist) {
    return kind != SeatKind.FIRST_CALL || perfusionist.minutesFromHomeTo(hospital.id()) <= responseMinutes;
  }

  boolean fitsTimeOff(Perfusionist perfusionist) {
    return !perfusionist.isOffDuring(Minutes.toInstant(start), Minutes.toInstant(end));
  }

  /** Whether the person meets every rule this seat decides alone. */
  public boolean admits(Perfusionist perfusionist) {
    return fitsCredential(perfusionist) && fitsCompetency(perfusionist) && fitsPrivileges(perfusionist)
        && fitsLicence(perfusionist) && fitsCertification(perfusionist) && fitsBoardEligiblePolicy(perfusionist)
        && fitsResponseTime(perfusionist) && fitsTimeOff(perfusionist);
  }
}
