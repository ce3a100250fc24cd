package org.onpump.infra.faults;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Writes the fault test's departments into the scheduler's schema, as an operator would, once the scheduler has
 * created it: department, hospital, policy, a holiday, and for each person the credential, competencies,
 * privilege, licence, contract, time off and year so far (the tables of changesets 002 and 004). Dates are
 * relative to the instant both runs plan around, so the roster is the same whenever the test runs.
 */
final class DepartmentSeed {

  /** The demo department's people: name, credential level and competencies. */
  private static final List<String[]> PEOPLE = List.of(
      new String[] {"Ana Ortiz", "CCP", "ADULT_CPB PAEDIATRIC_CPB ECMO_ADULT ECMO_NEONATAL"},
      new String[] {"Ben Carter", "CCP", "ADULT_CPB IABP VAD"},
      new String[] {"Chloe Nguyen", "CCP", "ADULT_CPB TRANSPLANT ECMO_ADULT"},
      new String[] {"David Okafor", "CCP", "ADULT_CPB AUTOTRANSFUSION IABP"},
      new String[] {"Elena Rossi", "CCP", "PAEDIATRIC_CPB ECMO_NEONATAL ADULT_CPB"},
      new String[] {"Farid Haddad", "CCP", "ADULT_CPB HIPEC ISOLATED_LIMB_PERFUSION"},
      new String[] {"Grace Kim", "CCP", "ADULT_CPB VAD ECMO_ADULT"},
      new String[] {"Hugo Lambert", "BOARD_ELIGIBLE", "ADULT_CPB AUTOTRANSFUSION"},
      new String[] {"Ines Silva", "BOARD_ELIGIBLE", "ADULT_CPB IABP"},
      new String[] {"Jonas Berg", "BOARD_ELIGIBLE", "ADULT_CPB"},
      new String[] {"Kara Singh", "STUDENT", "ADULT_CPB"},
      new String[] {"Liam Walsh", "STUDENT", "ADULT_CPB"});
  private static final int[] MINUTES_FROM_HOME = {12, 25, 18, 35, 22, 40, 15, 28, 33, 20, 30, 14};

  private DepartmentSeed() {}

  static void seed(Connection db, List<Department> departments, Instant clock) throws SQLException {
    db.setAutoCommit(false);
    for (int d = 0; d < departments.size(); d++) {
      seed(db, departments.get(d), d, clock);
    }
    db.commit();
  }

  private static void seed(Connection db, Department dept, int number, Instant clock) throws SQLException {
    LocalDate today = LocalDate.ofInstant(clock, dept.zone());
    update(db, "INSERT INTO scheduler.department (id, name) VALUES (?, ?)", dept.id(),
        dept.hospitalName() + " Perfusion");
    update(db, """
        INSERT INTO scheduler.hospital (id, department_id, name, time_zone, state, licence_required)
        VALUES (?, ?, ?, ?, ?, ?)""", dept.hospitalId(), dept.id(), dept.hospitalName(), dept.zone().getId(),
        dept.state(), dept.licenceRequired());
    update(db, """
        INSERT INTO scheduler.department_policy (department_id, student_seats, first_call_response_minutes)
        VALUES (?, ?, ?)""", dept.id(), dept.studentSeats(), dept.firstCallResponseMinutes());
    update(db, "INSERT INTO scheduler.department_holiday (department_id, day, name) VALUES (?, ?, ?)",
        dept.id(), Date.valueOf(today.plusDays(2 + number % 2)), "Founders' Day");
    for (int p = 1; p <= PEOPLE.size(); p++) {
      person(db, dept, p, today, clock);
    }
  }

  private static void person(Connection db, Department dept, int p, LocalDate today, Instant clock)
      throws SQLException {
    String[] person = PEOPLE.get(p - 1);
    String id = dept.perfusionistId(p);
    String level = person[1];
    String email = person[0].toLowerCase().replace(' ', '.') + "@" + dept.prefix() + ".onpump.org";
    update(db, """
        INSERT INTO scheduler.perfusionist (id, department_id, display_name, email, credential_level,
          certification_expiry, board_eligible_deadline, contract_minutes_per_week, avoids_nights)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""", id, dept.id(), person[0], email, level,
        level.equals("CCP") ? Date.valueOf(today.plusMonths(6 + 3L * p)) : null,
        level.equals("BOARD_ELIGIBLE") ? Date.valueOf(today.plusMonths(7 + p)) : null,
        p == 6 ? 1920 : p == 10 ? 1440 : 2400, p == 5 || p == 10);
    for (String competency : person[2].split(" ")) {
      update(db, "INSERT INTO scheduler.perfusionist_competency (perfusionist_id, competency) VALUES (?, ?)",
          id, competency);
    }
    update(db, """
        INSERT INTO scheduler.perfusionist_privilege (perfusionist_id, hospital_id, minutes_from_home)
        VALUES (?, ?, ?)""", id, dept.hospitalId(), MINUTES_FROM_HOME[p - 1]);
    update(db, "INSERT INTO scheduler.perfusionist_licence (perfusionist_id, state) VALUES (?, ?)", id,
        dept.state());
    update(db, """
        INSERT INTO scheduler.perfusionist_year_to_date (perfusionist_id, primary_activities, secondary_activities,
          nights, weekends, holidays, training_cases, paediatric_training_cases, independent_cases)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""", id, level.equals("STUDENT") ? 0 : 6 + p, 2 + p % 5, 3 + p % 9,
        2 + p % 4, p % 2, level.equals("STUDENT") ? 20 + p : 0, level.equals("STUDENT") ? p % 3 : 0,
        level.equals("BOARD_ELIGIBLE") ? 10 + p : 0);
    if (p == 4) {
      // One person away for a day of the window: the roster must work around them.
      Instant away = today.plusDays(1).atStartOfDay(dept.zone()).toInstant();
      update(db, """
          INSERT INTO scheduler.perfusionist_time_off (perfusionist_id, starts_at, ends_at) VALUES (?, ?, ?)""",
          id, timestamp(away), timestamp(away.plus(1, ChronoUnit.DAYS)));
    }
    if (p == 2 || p == 7) {
      update(db, """
          INSERT INTO scheduler.perfusionist_day_off_preference (perfusionist_id, day_of_week) VALUES (?, ?)""",
          id, today.plusDays(p == 2 ? 1 : 2).getDayOfWeek().name());
    }
  }

  private static Timestamp timestamp(Instant instant) {
    return Timestamp.from(instant);
  }

  private static void update(Connection db, String sql, Object... values) throws SQLException {
    try (PreparedStatement statement = db.prepareStatement(sql)) {
      for (int i = 0; i < values.length; i++) {
        statement.setObject(i + 1, values[i]);
      }
      statement.executeUpdate();
    }
  }
}
