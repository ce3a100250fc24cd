package org.onpump.infra.benchmarks;

import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.onpump.infra.servers.PostgresServer;
import org.onpump.scheduler.department.Hospital;
import org.onpump.scheduler.roster.DepartmentRoster;
import org.onpump.scheduler.roster.Seat;
import org.onpump.scheduler.roster.generator.DepartmentGenerator;
import org.onpump.scheduler.roster.generator.DepartmentSize;
import org.onpump.scheduler.staff.Perfusionist;
import org.onpump.scheduler.staff.TimeOff;

/**
 * Writes a {@link DepartmentGenerator} department into the scheduler's schema with plain JDBC, as an operator would
 * set one up: the department and its default policy row, its hospitals (state, licence rule, travel), every
 * perfusionist with credential dates, contract, competencies, privileges, licences, time off, preferences and year
 * so far, and the holidays. Ids get the department's id as prefix, so several departments fit in one database; the
 * generated weeks are moved to start on the Monday of the current week ({@link Shift}). Cases are not written: the
 * benchmarks send them as events. On-call seats are the solver's to create.
 */
final class DepartmentSeeder {

  /** The holidays the generator marks; the department observes them on their real dates. */
  private static final List<LocalDate> HOLIDAYS = List.of(LocalDate.of(2026, 12, 25), LocalDate.of(2027, 1, 1));

  private DepartmentSeeder() {
  }

  static SeededDepartment seed(PostgresServer db, DepartmentSize size, long seed, String departmentId, Shift shift) {
    DepartmentRoster roster = DepartmentGenerator.generate(size, seed);
    Ids ids = new Ids(departmentId);
    List<Hospital> hospitals = roster.getSeats().stream().map(seat -> seat.getSlot().hospital()).distinct()
        .sorted(Comparator.comparing(Hospital::id)).toList();
    try (Connection connection = DriverManager.getConnection(db.jdbcUrl(), db.username(), db.password())) {
      connection.setAutoCommit(false);
      insertDepartment(connection, departmentId, hospitals, ids);
      insertStaff(connection, departmentId, roster.getPerfusionists(), ids, shift);
      connection.commit();
    } catch (SQLException e) {
      throw new IllegalStateException("could not seed department " + departmentId + ": " + e.getMessage(), e);
    }
    List<SeededDepartment.CaseTemplate> cases = CaseTemplates.of(roster, ids::hospital, shift);
    Map<String, List<String>> rooms = new LinkedHashMap<>();
    hospitals.forEach(h -> rooms.put(ids.hospital(h.id()), new java.util.ArrayList<>()));
    cases.forEach(c -> {
      List<String> list = rooms.get(c.hospitalId());
      if (!list.contains(c.orRoom())) {
        list.add(c.orRoom());
      }
    });
    List<SeededDepartment.Site> sites = hospitals.stream().map(h -> new SeededDepartment.Site(ids.hospital(h.id()),
        h.zone(), rooms.get(ids.hospital(h.id())).stream().sorted().toList())).toList();
    return new SeededDepartment(departmentId, sites, roster.getPerfusionists().size(), cases);
  }

  private static void insertDepartment(Connection c, String departmentId, List<Hospital> hospitals, Ids ids)
      throws SQLException {
    update(c, "INSERT INTO scheduler.department (id, name) VALUES (?, ?)", departmentId,
        "Benchmark department " + departmentId);
    update(c, "INSERT INTO scheduler.department_policy (department_id) VALUES (?)", departmentId);
    for (LocalDate day : HOLIDAYS) {
      update(c, "INSERT INTO scheduler.department_holiday (department_id, day, name) VALUES (?, ?, ?)",
          departmentId, Date.valueOf(day), "Holiday " + day);
    }
    for (Hospital h : hospitals) {
      update(c, """
          INSERT INTO scheduler.hospital (id, department_id, name, time_zone, state, licence_required)
          VALUES (?, ?, ?, ?, ?, ?)""", ids.hospital(h.id()), departmentId, "Hospital " + ids.hospital(h.id()),
          h.zone().getId(), h.state(), h.licenceRequired());
    }
    try (PreparedStatement travel = c.prepareStatement(
        "INSERT INTO scheduler.hospital_travel (from_hospital_id, to_hospital_id, minutes) VALUES (?, ?, ?)")) {
      for (Hospital h : hospitals) {
        for (Map.Entry<String, Integer> to : h.minutesTo().entrySet()) {
          batch(travel, ids.hospital(h.id()), ids.hospital(to.getKey()), to.getValue());
        }
      }
      travel.executeBatch();
    }
  }

  private static void insertStaff(Connection c, String departmentId, List<Perfusionist> staff, Ids ids, Shift shift)
      throws SQLException {
    try (StaffStatements s = new StaffStatements(c)) {
      for (Perfusionist p : staff) {
        String id = ids.person(p.id());
        batch(s.person, id, departmentId, id, id + "@bench.onpump.org", p.credentialLevel().name(),
            date(shift.date(p.credential().certificationExpiry())),
            date(shift.date(p.credential().boardEligibleDeadline())), p.contractMinutesPerWeek(),
            p.preferences().avoidsNights());
        p.competencies().forEach(competency -> s.add(s.competency, id, competency.name()));
        p.privileges().forEach(h -> s.add(s.privilege, id, ids.hospital(h), p.minutesFromHomeTo(h)));
        p.licences().forEach(state -> s.add(s.licence, id, state));
        for (TimeOff off : p.timeOff()) {
          s.add(s.timeOff, id, Timestamp.from(shift.instant(off.start())), Timestamp.from(shift.instant(off.end())));
        }
        p.preferences().daysOff().forEach(day -> s.add(s.dayOff, id, day.name()));
        p.preferences().preferredHospitals().forEach(h -> s.add(s.preferredHospital, id, ids.hospital(h)));
        var ytd = p.yearToDate();
        s.add(s.yearToDate, id, ytd.primaryActivities(), ytd.secondaryActivities(), ytd.nights(), ytd.weekends(),
            ytd.holidays(), ytd.trainingCases(), ytd.paediatricTrainingCases(), ytd.independentCases());
      }
      s.execute();
    }
  }

  private static Date date(LocalDate day) {
    return day == null ? null : Date.valueOf(day);
  }

  static void update(Connection c, String sql, Object... values) throws SQLException {
    try (PreparedStatement statement = c.prepareStatement(sql)) {
      for (int i = 0; i < values.length; i++) {
        statement.setObject(i + 1, values[i]);
      }
      statement.executeUpdate();
    }
  }

  static void batch(PreparedStatement statement, Object... values) throws SQLException {
    for (int i = 0; i < values.length; i++) {
      statement.setObject(i + 1, values[i]);
    }
    statement.addBatch();
  }

  /** The generator's ids with the department's id in front. */
  record Ids(String departmentId) {
    String hospital(String generatedId) {
      return departmentId + "-" + generatedId;
    }

    String person(String generatedId) {
      return departmentId + "-" + generatedId;
    }
  }

  /** Moves the generator's fixed weeks (from {@link DepartmentGenerator#FIRST_DAY}) by whole weeks, wall clock kept. */
  record Shift(int days, ZoneId zone) {

    /** The shift that makes the generated period start on the Monday of the week holding {@code today}. */
    static Shift toWeekOf(LocalDate today, ZoneId zone) {
      LocalDate monday = today.minusDays(today.getDayOfWeek().getValue() - 1L);
      return new Shift((int) java.time.temporal.ChronoUnit.DAYS.between(DepartmentGenerator.FIRST_DAY, monday),
          zone);
    }

    LocalDate date(LocalDate day) {
      return day == null ? null : day.plusDays(days);
    }

    java.time.Instant instant(java.time.Instant instant) {
      return instant.atZone(zone).plusDays(days).toInstant();
    }
  }
}
