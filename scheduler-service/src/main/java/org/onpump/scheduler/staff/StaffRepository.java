package org.onpump.scheduler.staff;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.onpump.scheduler.SqlInstants;
import org.onpump.shared.event.Competency;
import org.onpump.shared.event.ContactMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads a department's perfusionists with everything the roster weighs: credential and its dates, competencies,
 * privileges and travel from home, licences, contract, time off, preferences and the year so far.
 */
@Repository
public class StaffRepository {

  private static final String OF_DEPARTMENT =
      " JOIN perfusionist p ON p.id = x.perfusionist_id WHERE p.department_id = ?";

  private final JdbcClient jdbc;

  public StaffRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Everyone in the department, keyed by id, in id order. */
  public Map<String, Perfusionist> departmentStaffById(String departmentId) {
    Map<String, Perfusionist> byId = new LinkedHashMap<>();
    departmentStaff(departmentId).forEach(person -> byId.put(person.id(), person));
    return byId;
  }

  /** Everyone in the department, by id. */
  public List<Perfusionist> departmentStaff(String departmentId) {
    Map<String, PerfusionistBuilder> people = new LinkedHashMap<>();
    Set<String> avoidingNights = new HashSet<>();
    jdbc.sql("""
            SELECT id, display_name, email, credential_level, certification_expiry, board_eligible_deadline,
              contract_minutes_per_week, avoids_nights
            FROM perfusionist WHERE department_id = ? ORDER BY id""")
        .param(departmentId)
        .query(rs -> {
          people.put(rs.getString("id"), Perfusionist.builder(rs.getString("id"), credential(rs))
              .name(rs.getString("display_name"), rs.getString("email"))
              .contractMinutesPerWeek(rs.getInt("contract_minutes_per_week")));
          if (rs.getBoolean("avoids_nights")) {
            avoidingNights.add(rs.getString("id"));
          }
        });
    each(departmentId, "SELECT x.perfusionist_id, x.competency FROM perfusionist_competency x", people,
        (person, rs) -> person.competencies(Competency.valueOf(rs.getString("competency"))));
    each(departmentId, "SELECT x.perfusionist_id, x.hospital_id, x.minutes_from_home FROM perfusionist_privilege x",
        people, (person, rs) -> person.worksAt(rs.getString("hospital_id"), rs.getInt("minutes_from_home")));
    each(departmentId, "SELECT x.perfusionist_id, x.state FROM perfusionist_licence x", people,
        (person, rs) -> person.licensedIn(rs.getString("state")));
    each(departmentId, "SELECT x.perfusionist_id, x.starts_at, x.ends_at FROM perfusionist_time_off x", people,
        (person, rs) -> person.timeOff(new TimeOff(SqlInstants.read(rs, "starts_at"),
            SqlInstants.read(rs, "ends_at"))));
    each(departmentId, """
            SELECT x.perfusionist_id, x.primary_activities, x.secondary_activities, x.nights, x.weekends,
              x.holidays, x.training_cases, x.paediatric_training_cases, x.independent_cases
            FROM perfusionist_year_to_date x""", people, (person, rs) -> person.yearToDate(yearToDate(rs)));
    each(departmentId, """
            SELECT x.perfusionist_id, x.kind, x.address, x.pages, x.routine
            FROM perfusionist_contact_method x""", " ORDER BY x.position", people,
        (person, rs) -> person.reachedBy(new ContactMethod(ContactMethod.Kind.valueOf(rs.getString("kind")),
            rs.getString("address"), rs.getBoolean("pages"), rs.getBoolean("routine"))));
    preferences(departmentId, people, avoidingNights);
    return people.values().stream().map(PerfusionistBuilder::build).toList();
  }

  private void preferences(String departmentId, Map<String, PerfusionistBuilder> people,
      Set<String> avoidingNights) {
    Map<String, Set<DayOfWeek>> daysOff = new HashMap<>();
    Map<String, Set<String>> hospitals = new HashMap<>();
    each(departmentId, "SELECT x.perfusionist_id, x.day_of_week FROM perfusionist_day_off_preference x", people,
        (person, rs) -> daysOff.computeIfAbsent(rs.getString("perfusionist_id"), id -> new HashSet<>())
            .add(DayOfWeek.valueOf(rs.getString("day_of_week"))));
    each(departmentId, "SELECT x.perfusionist_id, x.hospital_id FROM perfusionist_preferred_hospital x", people,
        (person, rs) -> hospitals.computeIfAbsent(rs.getString("perfusionist_id"), id -> new HashSet<>())
            .add(rs.getString("hospital_id")));
    people.forEach((id, person) -> {
      boolean avoidsNights = avoidingNights.contains(id);
      if (avoidsNights || daysOff.containsKey(id) || hospitals.containsKey(id)) {
        person.prefers(daysOff.getOrDefault(id, Set.of()), avoidsNights, hospitals.getOrDefault(id, Set.of()));
      }
    });
  }

  /** Runs a query over one of the per-person tables (aliased x) and hands each row to its person's builder. */
  private void each(String departmentId, String select, Map<String, PerfusionistBuilder> people,
      RowAction action) {
    each(departmentId, select, "", people, action);
  }

  private void each(String departmentId, String select, String orderBy, Map<String, PerfusionistBuilder> people,
      RowAction action) {
    jdbc.sql(select + OF_DEPARTMENT + orderBy).param(departmentId).query(rs -> {
      PerfusionistBuilder person = people.get(rs.getString("perfusionist_id"));
      if (person != null) {
        action.accept(person, rs);
      }
    });
  }

  private static Credential credential(ResultSet rs) throws SQLException {
    return new Credential(CredentialLevel.valueOf(rs.getString("credential_level")),
        rs.getObject("certification_expiry", LocalDate.class),
        rs.getObject("board_eligible_deadline", LocalDate.class));
  }

  private static YearToDate yearToDate(ResultSet rs) throws SQLException {
    return new YearToDate(rs.getInt("primary_activities"), rs.getInt("secondary_activities"), rs.getInt("nights"),
        rs.getInt("weekends"), rs.getInt("holidays"), rs.getInt("training_cases"),
        rs.getInt("paediatric_training_cases"), rs.getInt("independent_cases"));
  }

  /** What to do with one row for one person. */
  @FunctionalInterface
  private interface RowAction {
    void accept(PerfusionistBuilder person, ResultSet row) throws SQLException;
  }
}
