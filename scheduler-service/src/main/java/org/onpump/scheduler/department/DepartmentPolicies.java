package org.onpump.scheduler.department;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.util.Arrays;
import java.util.Set;
import org.onpump.shared.event.Competency;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads each department's roster policy ({@code department_policy}, one row per department: a department without
 * a row follows {@link DepartmentPolicy#defaults()}) and the public holidays it observes.
 */
@Repository
public class DepartmentPolicies {

  private final JdbcClient jdbc;

  public DepartmentPolicies(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public DepartmentPolicy policyOf(String departmentId) {
    return jdbc.sql("SELECT * FROM department_policy WHERE department_id = ?")
        .param(departmentId)
        .query((rs, n) -> read(rs))
        .optional()
        .orElseGet(DepartmentPolicy::defaults);
  }

  /** The department's holidays from {@code from} up to but excluding {@code to}. */
  public Set<LocalDate> holidays(String departmentId, LocalDate from, LocalDate to) {
    return Set.copyOf(jdbc.sql("SELECT day FROM department_holiday WHERE department_id = ? AND day >= ? AND day < ?")
        .params(departmentId, from, to)
        .query((rs, n) -> rs.getObject("day", LocalDate.class))
        .list());
  }

  private static DepartmentPolicy read(ResultSet rs) throws SQLException {
    return new DepartmentPolicy(
        codes(rs.getArray("second_perfusionist_procedures")),
        codes(rs.getArray("standby_procedures")),
        codes(rs.getArray("board_eligible_may_not_lead")),
        codes(rs.getArray("complex_procedures")),
        rs.getBoolean("student_seats"),
        Competency.valueOf(rs.getString("on_call_competency")),
        rs.getInt("first_call_response_minutes"),
        rs.getInt("rest_minutes"),
        rs.getInt("max_work_minutes"),
        rs.getInt("post_call_rest_minutes"),
        rs.getBoolean("travel_between_hospitals"),
        rs.getBoolean("n_plus_one"),
        rs.getObject("night_start", LocalTime.class),
        rs.getObject("day_start", LocalTime.class),
        rs.getInt("ecmo_shift_hours"),
        rs.getInt("yearly_activities"),
        rs.getInt("yearly_primary_activities"),
        rs.getInt("student_cases"),
        rs.getInt("student_paediatric_cases"),
        rs.getInt("board_eligible_independent_cases"),
        MonthDay.of(rs.getInt("certification_year_start_month"), rs.getInt("certification_year_start_day")));
  }

  private static Set<String> codes(Array array) throws SQLException {
    return Set.copyOf(Arrays.asList((String[]) array.getArray()));
  }
}
