package org.onpump.scheduler;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Moves instants in and out of {@code timestamptz} columns; the JDBC driver speaks OffsetDateTime, not Instant. */
public final class SqlInstants {

  private SqlInstants() {}

  public static OffsetDateTime toSql(Instant instant) {
    return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
  }

  public static Instant read(ResultSet row, String column) throws SQLException {
    OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }
}
