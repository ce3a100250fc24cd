package org.onpump.scheduler.publication;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What is published: for each day, the seats of the highest version covering it. Drafts never show here; this is
 * what calendars, reports and "my schedule" read.
 */
@Repository
public class PublishedRosters {

  private static final String IN_FORCE = """
      s.version = (SELECT max(p.version) FROM roster_publication p
                   WHERE p.department_id = s.department_id AND s.day >= p.first_day AND s.day < p.end_day)""";

  private final JdbcClient jdbc;

  PublishedRosters(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The department's seats in force on the days {@code [firstDay, endDay)}, in start order. */
  public List<PublishedSeat> departmentSeats(String departmentId, LocalDate firstDay, LocalDate endDay) {
    return jdbc.sql("SELECT s.* FROM published_seat s WHERE s.department_id = :department"
            + " AND s.day >= :first AND s.day < :end AND " + IN_FORCE + " ORDER BY s.starts_at, s.seat_id")
        .param("department", departmentId).param("first", firstDay).param("end", endDay)
        .query(PublishedRosters::seat).list();
  }

  /** One person's seats in force on the days {@code [firstDay, endDay)}, in start order. */
  public List<PublishedSeat> personSeats(String perfusionistId, LocalDate firstDay, LocalDate endDay) {
    return jdbc.sql("SELECT s.* FROM published_seat s WHERE s.perfusionist_id = :person"
            + " AND s.day >= :first AND s.day < :end AND " + IN_FORCE + " ORDER BY s.starts_at, s.seat_id")
        .param("person", perfusionistId).param("first", firstDay).param("end", endDay)
        .query(PublishedRosters::seat).list();
  }

  /** Every seat of one version, in start order. */
  public List<PublishedSeat> versionSeats(String departmentId, int version) {
    return jdbc.sql("SELECT s.* FROM published_seat s WHERE s.department_id = :department AND s.version = :version"
            + " ORDER BY s.starts_at, s.seat_id")
        .param("department", departmentId).param("version", version).query(PublishedRosters::seat).list();
  }

  static PublishedSeat seat(ResultSet rs, int row) throws SQLException {
    return new PublishedSeat(rs.getInt("version"), rs.getString("seat_id"), rs.getString("kind"),
        rs.getString("hospital_id"), rs.getString("case_id"), rs.getString("or_room"),
        rs.getString("procedure_type"), rs.getObject("day", LocalDate.class),
        rs.getTimestamp("starts_at").toInstant(), rs.getTimestamp("ends_at").toInstant(), rs.getBoolean("night"),
        rs.getBoolean("weekend"), rs.getBoolean("holiday"), rs.getString("perfusionist_id"));
  }
}
