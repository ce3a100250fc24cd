package org.onpump.scheduler.oncall;

import static org.onpump.scheduler.SqlInstants.toSql;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.onpump.scheduler.SqlInstants;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stores the department's on-call seats in {@code on_call_seat}, one row per seat id. */
@Repository
public class OnCallRepository {

  private static final RowMapper<OnCallSeat> SEAT = (rs, n) -> new OnCallSeat(
      rs.getString("seat_id"),
      rs.getString("hospital_id"),
      rs.getObject("day", LocalDate.class),
      OnCallSeat.Part.valueOf(rs.getString("part")),
      OnCallSeat.Role.valueOf(rs.getString("role")),
      SqlInstants.read(rs, "starts_at"),
      SqlInstants.read(rs, "ends_at"),
      rs.getString("perfusionist_id"));

  private final JdbcClient jdbc;

  public OnCallRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The seats stored for the days {@code [fromDay, toDay)}, by seat id. */
  public Map<String, OnCallSeat> seatsOn(String departmentId, LocalDate fromDay, LocalDate toDay) {
    return jdbc.sql("""
            SELECT seat_id, hospital_id, day, part, role, starts_at, ends_at, perfusionist_id FROM on_call_seat
            WHERE department_id = ? AND day >= ? AND day < ?""")
        .params(departmentId, fromDay, toDay)
        .query(SEAT)
        .list()
        .stream()
        .collect(Collectors.toMap(OnCallSeat::seatId, Function.identity()));
  }

  /** Ids of the seats a manager pinned on those days: their holders never move. */
  public Set<String> pinnedOn(String departmentId, LocalDate fromDay, LocalDate toDay) {
    return Set.copyOf(jdbc.sql("""
            SELECT seat_id FROM on_call_seat WHERE department_id = ? AND day >= ? AND day < ? AND pinned""")
        .params(departmentId, fromDay, toDay)
        .query(String.class)
        .list());
  }

  /** Stores the seat and its holder; a pin the seat had stays. */
  public void save(String departmentId, OnCallSeat seat, Instant now) {
    jdbc.sql("""
            INSERT INTO on_call_seat (seat_id, department_id, hospital_id, day, part, role, starts_at, ends_at,
              perfusionist_id, updated_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (seat_id) DO UPDATE SET
              starts_at = excluded.starts_at, ends_at = excluded.ends_at, perfusionist_id = excluded.perfusionist_id,
              updated_at = excluded.updated_at,
              -- a seat that moved is a new reminder, even for the same holder
              reminded_holder = CASE WHEN on_call_seat.starts_at = excluded.starts_at
                                     THEN on_call_seat.reminded_holder END""")
        .params(seat.seatId(), departmentId, seat.hospitalId(), seat.day(), seat.part().name(), seat.role().name(),
            toSql(seat.start()), toSql(seat.end()), seat.perfusionistId(), toSql(now))
        .update();
  }

  /** The seat of this role at the hospital that covers {@code at}, with its holder (who may be nobody). */
  Optional<OnCallView> holderAt(String hospitalId, OnCallSeat.Role role, Instant at) {
    return jdbc.sql("""
            SELECT s.seat_id, s.hospital_id, s.day, s.part, s.role, s.starts_at, s.ends_at, s.perfusionist_id,
              p.display_name, s.pinned, s.updated_at, h.time_zone
            FROM on_call_seat s JOIN hospital h ON h.id = s.hospital_id
              LEFT JOIN perfusionist p ON p.id = s.perfusionist_id
            WHERE s.hospital_id = ? AND s.role = ? AND s.starts_at <= ? AND s.ends_at > ?
            ORDER BY s.starts_at, s.seat_id LIMIT 1""")
        .params(hospitalId, role.name(), toSql(at), toSql(at))
        .query(OnCallRepository::view)
        .optional();
  }

  /** The seats touching {@code [from, to)} with their holders' names, in start order. */
  List<OnCallView> viewsIn(String departmentId, Instant from, Instant to) {
    return jdbc.sql("""
            SELECT s.seat_id, s.hospital_id, s.day, s.part, s.role, s.starts_at, s.ends_at, s.perfusionist_id,
              p.display_name, s.pinned, s.updated_at, h.time_zone
            FROM on_call_seat s JOIN hospital h ON h.id = s.hospital_id
              LEFT JOIN perfusionist p ON p.id = s.perfusionist_id
            WHERE s.department_id = ? AND s.starts_at < ? AND s.ends_at > ?
            ORDER BY s.starts_at, s.hospital_id, s.role""")
        .params(departmentId, toSql(to), toSql(from))
        .query(OnCallRepository::view)
        .list();
  }

  private static OnCallView view(ResultSet rs, int rowNum) throws SQLException {
    return new OnCallView(rs.getString("seat_id"), rs.getString("hospital_id"), rs.getString("time_zone"),
        rs.getObject("day", LocalDate.class), OnCallSeat.Part.valueOf(rs.getString("part")),
        OnCallSeat.Role.valueOf(rs.getString("role")), SqlInstants.read(rs, "starts_at"),
        SqlInstants.read(rs, "ends_at"), rs.getString("perfusionist_id"), rs.getString("display_name"),
        rs.getBoolean("pinned"), SqlInstants.read(rs, "updated_at"));
  }
}
