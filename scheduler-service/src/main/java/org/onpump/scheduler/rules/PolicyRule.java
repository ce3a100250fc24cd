package org.onpump.scheduler.rules;

import java.time.MonthDay;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.onpump.scheduler.department.DepartmentPolicy;

/**
 * Every rule a department sets, as the API names it and the {@code department_policy} table stores it: the solver's
 * rules ({@link DepartmentPolicy}), the order emergency pages go in, and whether swaps may be approved without a
 * manager. Values are shown as JSON shows them: sets as sorted lists, times as {@code HH:mm}, the certification
 * year's first day as {@code MM-dd}.
 */
enum PolicyRule {
  SECOND_PERFUSIONIST_PROCEDURES("secondPerfusionistProcedures", Kind.CODES,
      p -> sorted(p.secondPerfusionistProcedures())),
  STANDBY_PROCEDURES("standbyProcedures", Kind.CODES, p -> sorted(p.standbyProcedures())),
  BOARD_ELIGIBLE_MAY_NOT_LEAD("boardEligibleMayNotLead", Kind.CODES, p -> sorted(p.boardEligibleMayNotLead())),
  COMPLEX_PROCEDURES("complexProcedures", Kind.CODES, p -> sorted(p.complexProcedures())),
  STUDENT_SEATS("studentSeats", Kind.BOOLEAN, DepartmentPolicy::studentSeats),
  ON_CALL_COMPETENCY("onCallCompetency", Kind.COMPETENCY, p -> p.onCallCompetency().name()),
  FIRST_CALL_RESPONSE_MINUTES("firstCallResponseMinutes", 1, Limits.MINUTES,
      DepartmentPolicy::firstCallResponseMinutes),
  REST_MINUTES("restMinutes", 0, Limits.MINUTES, DepartmentPolicy::restMinutes),
  MAX_WORK_MINUTES("maxWorkMinutes", 1, Limits.MINUTES, DepartmentPolicy::maxWorkMinutes),
  POST_CALL_REST_MINUTES("postCallRestMinutes", 0, Limits.MINUTES, DepartmentPolicy::postCallRestMinutes),
  TRAVEL_BETWEEN_HOSPITALS("travelBetweenHospitals", Kind.BOOLEAN, DepartmentPolicy::travelBetweenHospitals),
  N_PLUS_ONE("nPlusOne", Kind.BOOLEAN, DepartmentPolicy::nPlusOne),
  NIGHT_START("nightStart", Kind.TIME, p -> p.nightStart().toString()),
  DAY_START("dayStart", Kind.TIME, p -> p.dayStart().toString()),
  ECMO_SHIFT_HOURS("ecmoShiftHours", 1, 24, DepartmentPolicy::ecmoShiftHours),
  YEARLY_ACTIVITIES("yearlyActivities", 0, Limits.COUNT, DepartmentPolicy::yearlyActivities),
  YEARLY_PRIMARY_ACTIVITIES("yearlyPrimaryActivities", 0, Limits.COUNT, DepartmentPolicy::yearlyPrimaryActivities),
  STUDENT_CASES("studentCases", 0, Limits.COUNT, DepartmentPolicy::studentCases),
  STUDENT_PAEDIATRIC_CASES("studentPaediatricCases", 0, Limits.COUNT, DepartmentPolicy::studentPaediatricCases),
  BOARD_ELIGIBLE_INDEPENDENT_CASES("boardEligibleIndependentCases", 0, Limits.COUNT,
      DepartmentPolicy::boardEligibleIndependentCases),
  CERTIFICATION_YEAR_START("certificationYearStart", Kind.MONTH_DAY, p -> monthDay(p.certificationYearStart())),
  EMERGENCY_RESPONDERS("emergencyResponders", Kind.RESPONDERS, null),
  AUTO_APPROVE_SWAPS("autoApproveSwaps", Kind.BOOLEAN, null);

  /** How a rule's value is written. */
  enum Kind { CODES, BOOLEAN, COMPETENCY, INTEGER, TIME, MONTH_DAY, RESPONDERS }

  /** Upper bounds the table leaves open, kept well clear of overflow in the solver's arithmetic. */
  static final class Limits {
    static final int MINUTES = 7 * 24 * 60;
    static final int COUNT = 10_000;

    private Limits() {}
  }

  final String field;
  final Kind kind;
  final int min;
  final int max;
  /** The value in a {@link DepartmentPolicy}; null for the rules kept beside it in the table. */
  final Function<DepartmentPolicy, Object> read;

  PolicyRule(String field, Kind kind, Function<DepartmentPolicy, Object> read) {
    this(field, kind, 0, 0, read);
  }

  PolicyRule(String field, int min, int max, Function<DepartmentPolicy, Object> read) {
    this(field, Kind.INTEGER, min, max, read);
  }

  PolicyRule(String field, Kind kind, int min, int max, Function<DepartmentPolicy, Object> read) {
    this.field = field;
    this.kind = kind;
    this.min = min;
    this.max = max;
    this.read = read;
  }

  /** The table's column: the rule's name in snake case. */
  String column() {
    return field.replaceAll("([A-Z])", "_$1").toLowerCase(Locale.ROOT);
  }

  static PolicyRule named(String field) {
    for (PolicyRule rule : values()) {
      if (rule.field.equals(field)) {
        return rule;
      }
    }
    return null;
  }

  static List<String> sorted(Collection<String> codes) {
    return codes.stream().sorted().toList();
  }

  static String monthDay(MonthDay day) {
    return String.format("%02d-%02d", day.getMonthValue(), day.getDayOfMonth());
  }
}
