package org.onpump.scheduler.calendar;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Publishes rosters for a test the way the publication workflow stores them: a {@code roster_publication} row per
 * version and its {@code published_seat} rows, written straight to the database.
 */
public record Publications(JdbcClient jdbc, String departmentId) {

  /** Publishes version {@code version} for the days {@code [firstDay, endDay)}. */
  public Publications publish(int version, LocalDate firstDay, LocalDate endDay) {
    jdbc.sql("""
            INSERT INTO roster_publication (department_id, version, first_day, end_day, published_by, published_at,
              soft_score)
            VALUES (?, ?, ?, ?, 'manager-test', now(), 0)""")
        .params(departmentId, version, firstDay, endDay).update();
    return this;
  }

  /** A night on call ({@code FIRST_CALL} or {@code SECOND_CALL}) in a published version. */
  public Publications onCall(int version, String seatId, String kind, String hospitalId, LocalDate day,
      Instant start, Instant end, String perfusionistId) {
    return seat(version, seatId, kind, hospitalId, null, null, day, start, end, Marks.NIGHT, perfusionistId);
  }

  /** A seat on a case ({@code PRIMARY}, {@code SECOND}, {@code STUDENT}, ...) in a published version. */
  public Publications caseSeat(int version, String seatId, String kind, String hospitalId, String room,
      String procedure, LocalDate day, Instant start, Instant end, String perfusionistId) {
    return seat(version, seatId, kind, hospitalId, room, procedure, day, start, end, Marks.NONE, perfusionistId);
  }

  public Publications seat(int version, String seatId, String kind, String hospitalId, String room,
      String procedure, LocalDate day, Instant start, Instant end, Marks marks, String perfusionistId) {
    jdbc.sql("""
            INSERT INTO published_seat (department_id, version, seat_id, kind, hospital_id, case_id, or_room,
              procedure_type, day, starts_at, ends_at, night, weekend, holiday, perfusionist_id)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(departmentId, version, seatId, kind, hospitalId, room == null ? null : "case-" + seatId, room,
            procedure, day, Timestamp.from(start), Timestamp.from(end), marks.night, marks.weekend, marks.holiday,
            perfusionistId)
        .update();
    return this;
  }

  /** The solver's marks on a seat, for the unsocial-hours report. */
  public record Marks(boolean night, boolean weekend, boolean holiday) {
    public static final Marks NONE = new Marks(false, false, false);
    public static final Marks NIGHT = new Marks(true, false, false);
  }
}
