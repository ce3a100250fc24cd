package org.onpump.scheduler.swap;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** {@code swap_request}: swap and cover requests and what became of them. */
@Repository
class SwapRepository {

  private final JdbcClient jdbc;

  SwapRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void insert(SwapRequest request) {
    jdbc.sql("""
        INSERT INTO swap_request (id, department_id, kind, requested_by, seat_id, colleague_id, colleague_seat_id,
                                  status, created_at)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(request.id(), request.departmentId(), request.kind().name(), request.requestedBy(),
            request.seatId(), request.colleagueId(), request.colleagueSeatId(), request.status().name(),
            Timestamp.from(request.createdAt()))
        .update();
  }

  /** The request, locked until the transaction ends. */
  Optional<SwapRequest> lock(String departmentId, UUID id) {
    return jdbc.sql("SELECT * FROM swap_request WHERE department_id = ? AND id = ? FOR UPDATE")
        .params(departmentId, id).query(SwapRepository::request).optional();
  }

  void decide(UUID id, SwapRequest.Status status, String reason, String by, Instant at) {
    jdbc.sql("UPDATE swap_request SET status = ?, reason = ?, decided_by = ?, decided_at = ? WHERE id = ?")
        .params(status.name(), reason, by, Timestamp.from(at), id).update();
  }

  /** The department's requests, newest first; only those {@code person} is part of when not null. */
  List<SwapRequest> inDepartment(String departmentId, String person) {
    return jdbc.sql("""
            SELECT * FROM swap_request WHERE department_id = :department
               AND (CAST(:person AS varchar) IS NULL OR requested_by = :person OR colleague_id = :person)
             ORDER BY created_at DESC LIMIT 200""")
        .param("department", departmentId).param("person", person).query(SwapRepository::request).list();
  }

  private static SwapRequest request(ResultSet rs, int row) throws SQLException {
    Timestamp decided = rs.getTimestamp("decided_at");
    return new SwapRequest(rs.getObject("id", UUID.class), rs.getString("department_id"),
        SwapRequest.Kind.valueOf(rs.getString("kind")), rs.getString("requested_by"), rs.getString("seat_id"),
        rs.getString("colleague_id"), rs.getString("colleague_seat_id"),
        SwapRequest.Status.valueOf(rs.getString("status")), rs.getString("reason"),
        rs.getTimestamp("created_at").toInstant(), rs.getString("decided_by"),
        decided == null ? null : decided.toInstant());
  }
}
