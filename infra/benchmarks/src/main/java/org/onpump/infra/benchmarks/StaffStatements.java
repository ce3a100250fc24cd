package org.onpump.infra.benchmarks;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/** The batched inserts of {@link DepartmentSeeder} for the perfusionist tables, in foreign-key order. */
final class StaffStatements implements AutoCloseable {

  final PreparedStatement person;
  final PreparedStatement competency;
  final PreparedStatement privilege;
  final PreparedStatement licence;
  final PreparedStatement timeOff;
  final PreparedStatement dayOff;
  final PreparedStatement preferredHospital;
  final PreparedStatement yearToDate;
  private final List<PreparedStatement> inOrder;

  StaffStatements(Connection c) throws SQLException {
    person = c.prepareStatement("""
        INSERT INTO scheduler.perfusionist (id, department_id, display_name, email, credential_level,
          certification_expiry, board_eligible_deadline, contract_minutes_per_week, avoids_nights)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""");
    competency = c.prepareStatement(
        "INSERT INTO scheduler.perfusionist_competency (perfusionist_id, competency) VALUES (?, ?)");
    privilege = c.prepareStatement("""
        INSERT INTO scheduler.perfusionist_privilege (perfusionist_id, hospital_id, minutes_from_home)
        VALUES (?, ?, ?)""");
    licence = c.prepareStatement("INSERT INTO scheduler.perfusionist_licence (perfusionist_id, state) VALUES (?, ?)");
    timeOff = c.prepareStatement(
        "INSERT INTO scheduler.perfusionist_time_off (perfusionist_id, starts_at, ends_at) VALUES (?, ?, ?)");
    dayOff = c.prepareStatement(
        "INSERT INTO scheduler.perfusionist_day_off_preference (perfusionist_id, day_of_week) VALUES (?, ?)");
    preferredHospital = c.prepareStatement(
        "INSERT INTO scheduler.perfusionist_preferred_hospital (perfusionist_id, hospital_id) VALUES (?, ?)");
    yearToDate = c.prepareStatement("""
        INSERT INTO scheduler.perfusionist_year_to_date (perfusionist_id, primary_activities, secondary_activities,
          nights, weekends, holidays, training_cases, paediatric_training_cases, independent_cases)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""");
    inOrder = List.of(person, competency, privilege, licence, timeOff, dayOff, preferredHospital, yearToDate);
  }

  /** Adds one row to a statement's batch. */
  void add(PreparedStatement statement, Object... values) {
    try {
      DepartmentSeeder.batch(statement, values);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Runs the batches, people first. */
  void execute() throws SQLException {
    for (PreparedStatement statement : inOrder) {
      statement.executeBatch();
    }
  }

  @Override
  public void close() throws SQLException {
    for (PreparedStatement statement : inOrder) {
      statement.close();
    }
  }
}
