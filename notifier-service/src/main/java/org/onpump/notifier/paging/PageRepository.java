package org.onpump.notifier.paging;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.onpump.notifier.notification.ContactMethodsJson;
import org.onpump.shared.event.NotificationRequested;
import org.onpump.shared.event.PageRequest;
import org.onpump.shared.event.StaffMember;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Pages, the people their chains may reach, and their escalation timers. */
@Repository
class PageRepository {

  private final JdbcClient jdbc;

  PageRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Stores the page unless it exists (a redelivered request); true when it is new. */
  boolean insertIfAbsent(NotificationRequested request, String subject, Instant now) {
    return jdbc.sql("""
            INSERT INTO page (id, kind, causation_event_id, department_id, hospital_id, subject, message, status,
                              created_at)
            VALUES (:id, :kind, :cause, :departmentId, :hospitalId, :subject, :message, 'OPEN', :now)
            ON CONFLICT (id) DO NOTHING""")
        .param("id", request.eventId())
        .param("kind", request.page().kind().name())
        .param("cause", request.causationEventId())
        .param("departmentId", request.departmentId())
        .param("hospitalId", request.hospitalId())
        .param("subject", subject)
        .param("message", request.message())
        .param("now", Timestamp.from(now))
        .update() == 1;
  }

  void insertContact(UUID pageId, EscalationStep.Target role, StaffMember person) {
    jdbc.sql("""
            INSERT INTO page_contact (page_id, role, perfusionist_id, display_name, email, contact_methods)
            VALUES (:pageId, :role, :perfusionistId, :displayName, :email, CAST(:methods AS jsonb))
            ON CONFLICT (page_id, role) DO NOTHING""")
        .param("pageId", pageId)
        .param("role", role.name())
        .param("perfusionistId", person.perfusionistId())
        .param("displayName", person.displayName())
        .param("email", person.email())
        .param("methods", ContactMethodsJson.write(person.contactMethods()))
        .update();
  }

  void insertTimer(UUID pageId, int step, EscalationStep.Target target, Instant dueAt) {
    jdbc.sql("""
            INSERT INTO escalation_timer (page_id, step, target, due_at) VALUES (:pageId, :step, :target, :dueAt)
            ON CONFLICT (page_id, step) DO NOTHING""")
        .param("pageId", pageId)
        .param("step", step)
        .param("target", target.name())
        .param("dueAt", Timestamp.from(dueAt))
        .update();
  }

  Optional<Page> find(UUID pageId) {
    return jdbc.sql("SELECT * FROM page WHERE id = :id").param("id", pageId).query(PageRepository::page).optional();
  }

  List<Page> inDepartment(String departmentId, int limit) {
    return jdbc.sql("SELECT * FROM page WHERE department_id = :departmentId ORDER BY created_at DESC LIMIT :limit")
        .param("departmentId", departmentId)
        .param("limit", limit)
        .query(PageRepository::page)
        .list();
  }

  Optional<StaffMember> contact(UUID pageId, EscalationStep.Target role) {
    return jdbc.sql("SELECT * FROM page_contact WHERE page_id = :pageId AND role = :role")
        .param("pageId", pageId)
        .param("role", role.name())
        .query((row, n) -> new StaffMember(row.getString("perfusionist_id"), row.getString("display_name"),
            row.getString("email"), ContactMethodsJson.read(row.getString("contact_methods"))))
        .optional();
  }

  List<TimerView> timers(UUID pageId) {
    return jdbc.sql("SELECT * FROM escalation_timer WHERE page_id = :pageId ORDER BY step")
        .param("pageId", pageId)
        .query((row, n) -> new TimerView(row.getInt("step"), EscalationStep.Target.valueOf(row.getString("target")),
            instant(row, "due_at"), instant(row, "fired_at"), row.getString("outcome")))
        .list();
  }

  /**
   * Marks the page acknowledged unless it was already; cancels its timers and its notifications not sent yet. True
   * when this call acknowledged it.
   */
  boolean acknowledge(UUID pageId, String perfusionistId, Page.Via via, Instant now) {
    boolean acknowledged = jdbc.sql("""
            UPDATE page SET status = 'ACKNOWLEDGED', acknowledged_by = :by, acknowledged_at = :now,
                            acknowledged_via = :via
             WHERE id = :id AND status <> 'ACKNOWLEDGED'""")
        .param("id", pageId)
        .param("by", perfusionistId)
        .param("now", Timestamp.from(now))
        .param("via", via.name())
        .update() == 1;
    if (acknowledged) {
      jdbc.sql("""
              UPDATE escalation_timer SET outcome = 'cancelled: acknowledged by ' || :by
               WHERE page_id = :id AND fired_at IS NULL AND outcome IS NULL""")
          .param("id", pageId)
          .param("by", perfusionistId)
          .update();
      // A step recorded but not sent yet (waiting for the lane, or between retries) is no longer news.
      jdbc.sql("""
              UPDATE notification SET status = 'CANCELLED', last_error = 'page acknowledged by ' || :by
               WHERE page_id = :id AND status = 'PENDING'""")
          .param("id", pageId)
          .param("by", perfusionistId)
          .update();
    }
    return acknowledged;
  }

  /** The pages sent to a person (as the one paged or along the chain), newest first. */
  List<Page> reaching(String perfusionistId, int limit) {
    return jdbc.sql("""
            SELECT * FROM page WHERE id IN (SELECT page_id FROM notification WHERE perfusionist_id = :person
                                              AND page_id IS NOT NULL)
            ORDER BY created_at DESC LIMIT :limit""")
        .param("person", perfusionistId)
        .param("limit", limit)
        .query(PageRepository::page)
        .list();
  }

  /** Everyone the page has been sent to (or is being sent to), by id. */
  List<String> reachedPeople(UUID pageId) {
    return jdbc.sql("SELECT DISTINCT perfusionist_id FROM notification WHERE page_id = :pageId ORDER BY 1")
        .param("pageId", pageId)
        .query(String.class)
        .list();
  }

  private static Page page(ResultSet row, int rowNum) throws SQLException {
    String via = row.getString("acknowledged_via");
    return new Page(row.getObject("id", UUID.class), PageRequest.Kind.valueOf(row.getString("kind")),
        row.getObject("causation_event_id", UUID.class), row.getString("department_id"),
        row.getString("hospital_id"), row.getString("subject"), row.getString("message"),
        Page.Status.valueOf(row.getString("status")), instant(row, "created_at"), row.getString("acknowledged_by"),
        instant(row, "acknowledged_at"), via == null ? null : Page.Via.valueOf(via));
  }

  static Instant instant(ResultSet row, String column) throws SQLException {
    Timestamp timestamp = row.getTimestamp(column);
    return timestamp == null ? null : timestamp.toInstant();
  }

  /** One escalation step of a page as the API shows it. */
  record TimerView(int step, EscalationStep.Target target, Instant dueAt, Instant firedAt, String outcome) {}
}
