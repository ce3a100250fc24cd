package org.onpump.scheduler.department;

import java.time.LocalTime;
import java.time.MonthDay;
import java.util.Set;
import org.onpump.shared.event.Competency;

/**
 * The rules a department sets for its roster, each with the default most departments use (see docs/solver.md for
 * where each number comes from). The solver enforces them; a manager may change them.
 *
 * @param secondPerfusionistProcedures case types that need a second perfusionist besides the primary
 * @param standbyProcedures case types that need one perfusionist standing by with a primed pump
 * @param boardEligibleMayNotLead case types a board-eligible perfusionist may not run as primary
 * @param complexProcedures case types where a CCP is preferred over a board-eligible as primary
 * @param studentSeats whether every pump case offers a seat to a student (filled for training, never required)
 * @param onCallCompetency what first and second call must be able to run
 * @param firstCallResponseMinutes how far from the hospital (door to door) first call may live
 * @param restMinutes rest that must follow {@code maxWorkMinutes} of work (AmSECT: 8 h for every 16 h)
 * @param maxWorkMinutes the longest stretch of work without that rest
 * @param postCallRestMinutes rest after a night on first call, presumed worked, before a case may start
 * @param travelBetweenHospitals whether travel between hospitals counts between two pieces of work
 * @param nPlusOne whether, with N pumps running, one more perfusionist must be free to respond
 * @param nightStart when the night on call starts (it ends at {@code dayStart} next morning)
 * @param dayStart when a weekend or holiday day on call starts (it ends at {@code nightStart})
 * @param ecmoShiftHours length of one ECMO coverage shift
 * @param yearlyActivities ABCP: clinical activities a CCP needs per certification year
 * @param yearlyPrimaryActivities ABCP: of which as primary perfusionist
 * @param studentCases cases a student needs before the first board exam
 * @param studentPaediatricCases paediatric cases among them
 * @param boardEligibleIndependentCases independent cases a board-eligible needs before the clinical exam
 * @param certificationYearStart first day of the certification year
 */
public record DepartmentPolicy(
    Set<String> secondPerfusionistProcedures,
    Set<String> standbyProcedures,
    Set<String> boardEligibleMayNotLead,
    Set<String> complexProcedures,
    boolean studentSeats,
    Competency onCallCompetency,
    int firstCallResponseMinutes,
    int restMinutes,
    int maxWorkMinutes,
    int postCallRestMinutes,
    boolean travelBetweenHospitals,
    boolean nPlusOne,
    LocalTime nightStart,
    LocalTime dayStart,
    int ecmoShiftHours,
    int yearlyActivities,
    int yearlyPrimaryActivities,
    int studentCases,
    int studentPaediatricCases,
    int boardEligibleIndependentCases,
    MonthDay certificationYearStart) {

  public DepartmentPolicy {
    secondPerfusionistProcedures = Set.copyOf(secondPerfusionistProcedures);
    standbyProcedures = Set.copyOf(standbyProcedures);
    boardEligibleMayNotLead = Set.copyOf(boardEligibleMayNotLead);
    complexProcedures = Set.copyOf(complexProcedures);
  }

  public static DepartmentPolicy defaults() {
    return new DepartmentPolicy(
        Set.of("CONGENITAL", "TRANSPLANT"),
        Set.of("OFF_PUMP_CABG", "TAVR"),
        Set.of("CONGENITAL", "TRANSPLANT", "AORTIC"),
        Set.of("CONGENITAL", "TRANSPLANT", "AORTIC", "REDO"),
        true,
        Competency.ADULT_CPB,
        30,
        8 * 60,
        16 * 60,
        8 * 60,
        true,
        true,
        LocalTime.of(17, 0),
        LocalTime.of(7, 0),
        12,
        40,
        25,
        75,
        10,
        40,
        MonthDay.of(7, 1));
  }
}
