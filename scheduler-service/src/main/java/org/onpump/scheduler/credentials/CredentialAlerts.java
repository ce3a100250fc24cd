package org.onpump.scheduler.credentials;

import static org.onpump.scheduler.SqlInstants.toSql;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.onpump.scheduler.staff.CredentialLevel;
import org.onpump.scheduler.team.StaffNotices;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Finds the department's credential dates that fall within a window from today, or have passed. */
@Repository
class CredentialAlerts {

  private final JdbcClient jdbc;
  private final StaffNotices notices;
  private final Clock clock;

  CredentialAlerts(JdbcClient jdbc, StaffNotices notices, Clock clock) {
    this.jdbc = jdbc;
    this.notices = notices;
    this.clock = clock;
  }

  /** Today in the department's clock. */
  LocalDate today(String departmentId) {
    return LocalDate.now(clock.withZone(notices.zoneOf(departmentId)));
  }

  /** Dates up to {@code withinDays} after today, those passed included, soonest first. */
  List<CredentialAlert> within(String departmentId, LocalDate today, int withinDays) {
    LocalDate last = today.plusDays(withinDays);
    return jdbc.sql("""
            SELECT id, display_name, credential_level,
              CASE credential_level WHEN 'CCP' THEN certification_expiry ELSE board_eligible_deadline END AS due
            FROM perfusionist
            WHERE department_id = ? AND ((credential_level = 'CCP' AND certification_expiry <= ?)
              OR (credential_level = 'BOARD_ELIGIBLE' AND board_eligible_deadline <= ?))
            ORDER BY due, id""")
        .params(departmentId, last, last)
        .query((rs, n) -> {
          CredentialLevel level = CredentialLevel.valueOf(rs.getString("credential_level"));
          LocalDate due = rs.getObject("due", LocalDate.class);
          long daysLeft = ChronoUnit.DAYS.between(today, due);
          return new CredentialAlert(rs.getString("id"), rs.getString("display_name"), level,
              level == CredentialLevel.CCP ? CredentialAlert.Kind.CERTIFICATION_EXPIRY
                  : CredentialAlert.Kind.BOARD_ELIGIBLE_DEADLINE, due, daysLeft, daysLeft < 0);
        })
        .list();
  }

  /**
   * Remembers that the alert for this date at this lead was sent; false when it was before. Run in the transaction
   * that queues the notices: a second instance waits on the row, then finds it and sends nothing.
   */
  boolean remember(CredentialAlert alert, int leadDays, Instant now) {
    return jdbc.sql("""
            INSERT INTO credential_alert_sent (perfusionist_id, credential, credential_date, lead_days, sent_at)
            VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""")
        .params(alert.perfusionistId(), alert.credential().name(), alert.date(), leadDays,
            toSql(now))
        .update() == 1;
  }

  List<String> departments() {
    return jdbc.sql("SELECT id FROM department ORDER BY id").query(String.class).list();
  }
}
