package org.onpump.scheduler.calendar;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The calendar links of each department and person, found by the hash of their token. */
@Repository
class CalendarLinks {

  private final JdbcClient jdbc;

  CalendarLinks(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** @param perfusionistId null for a department feed */
  CalendarLink create(String departmentId, String perfusionistId, String tokenHash, String createdBy, Instant at) {
    UUID id = UUID.randomUUID();
    jdbc.sql("""
            INSERT INTO calendar_link (id, department_id, perfusionist_id, token_sha256, created_by, created_at)
            VALUES (:id, :department, :person, :hash, :by, :at)""")
        .param("id", id).param("department", departmentId).param("person", perfusionistId)
        .param("hash", tokenHash).param("by", createdBy).param("at", Timestamp.from(at)).update();
    return new CalendarLink(id, departmentId, perfusionistId, createdBy, at, null);
  }

  /** A working (not revoked) link whose token has this hash. */
  Optional<CalendarLink> working(String tokenHash) {
    return jdbc.sql("SELECT * FROM calendar_link WHERE token_sha256 = ? AND revoked_at IS NULL")
        .param(tokenHash).query(CalendarLinks::link).optional();
  }

  Optional<CalendarLink> find(String departmentId, UUID id) {
    return jdbc.sql("SELECT * FROM calendar_link WHERE department_id = ? AND id = ?")
        .params(departmentId, id).query(CalendarLinks::link).optional();
  }

  /** A person's working links, newest first. */
  List<CalendarLink> ofPerson(String departmentId, String perfusionistId) {
    return jdbc.sql("""
            SELECT * FROM calendar_link WHERE department_id = ? AND perfusionist_id = ? AND revoked_at IS NULL
            ORDER BY created_at DESC, id""")
        .params(departmentId, perfusionistId).query(CalendarLinks::link).list();
  }

  /** The department feed's working links, newest first; only those {@code createdBy} made, unless null. */
  List<CalendarLink> ofDepartment(String departmentId, String createdBy) {
    return jdbc.sql("""
            SELECT * FROM calendar_link WHERE department_id = :department AND perfusionist_id IS NULL
              AND revoked_at IS NULL AND (CAST(:by AS varchar) IS NULL OR created_by = :by)
            ORDER BY created_at DESC, id""")
        .param("department", departmentId).param("by", createdBy).query(CalendarLinks::link).list();
  }

  /** Revokes a working link; false when it was revoked already. */
  boolean revoke(UUID id, String revokedBy, Instant at) {
    return jdbc.sql("UPDATE calendar_link SET revoked_by = ?, revoked_at = ? WHERE id = ? AND revoked_at IS NULL")
        .params(revokedBy, Timestamp.from(at), id).update() == 1;
  }

  private static CalendarLink link(ResultSet rs, int row) throws SQLException {
    Timestamp revoked = rs.getTimestamp("revoked_at");
    return new CalendarLink(rs.getObject("id", UUID.class), rs.getString("department_id"),
        rs.getString("perfusionist_id"), rs.getString("created_by"), rs.getTimestamp("created_at").toInstant(),
        revoked == null ? null : revoked.toInstant());
  }
}
