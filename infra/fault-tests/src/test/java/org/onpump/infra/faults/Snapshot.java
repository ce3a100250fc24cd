package org.onpump.infra.faults;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/**
 * What a quiet run left behind: the stored roster (every case seat and on-call seat and who holds it), the cases,
 * how each event was accounted for, what the scheduler announced, what the notifier recorded and what the
 * mailbox received.
 */
record Snapshot(
    Map<String, String> caseSeats,
    Map<String, String> onCallSeats,
    Map<String, String> cases,
    Map<UUID, String> processed,
    List<Rejection> rejected,
    List<String> announcements,
    List<Notification> notifications,
    List<Mailbox.Mail> mails) {

  /** Seat id ({@code <hospital>/<case>/<role>}) to holder, {@code -} for an empty seat. */
  private static final String EMPTY = "-";

  static Snapshot take(OnPumpRun run) throws SQLException {
    try (Connection db = run.connect()) {
      return new Snapshot(
          strings(db, """
              SELECT hospital_id || '/' || case_id || '/' || role, perfusionist_id FROM scheduler.assignment"""),
          strings(db, "SELECT seat_id, perfusionist_id FROM scheduler.on_call_seat"),
          strings(db, """
              SELECT hospital_id || '/' || case_id, status || ' ' || planned_start || ' ' || planned_duration_minutes
                || 'min ' || or_room FROM scheduler.pump_case"""),
          processed(db),
          rejected(db),
          list(db, """
              SELECT payload FROM scheduler.outbox
              WHERE topic IN ('onpump.assignment-changes', 'onpump.notification-requests') ORDER BY id"""),
          notifications(db),
          run.mailbox.received());
    }
  }

  /** The ids among {@code eventIds} that the scheduler recorded as processed or rejected. */
  static Set<UUID> accountedFor(Connection db, Set<UUID> eventIds) throws SQLException {
    Set<UUID> seen = new HashSet<>();
    String rejected = tableExists(db, "scheduler.rejected_event")
        ? " UNION SELECT event_id FROM scheduler.rejected_event WHERE event_id IS NOT NULL" : "";
    try (ResultSet rows = db.createStatement().executeQuery(
        "SELECT event_id FROM scheduler.processed_event" + rejected)) {
      while (rows.next()) {
        seen.add(rows.getObject(1, UUID.class));
      }
    }
    seen.retainAll(eventIds);
    return seen;
  }

  static boolean tableExists(Connection db, String table) throws SQLException {
    try (ResultSet row = db.createStatement().executeQuery("SELECT to_regclass('" + table + "') IS NOT NULL")) {
      row.next();
      return row.getBoolean(1);
    }
  }

  private static Map<String, String> strings(Connection db, String sql) throws SQLException {
    Map<String, String> map = new TreeMap<>();
    try (ResultSet rows = db.createStatement().executeQuery(sql)) {
      while (rows.next()) {
        map.put(rows.getString(1), rows.getString(2) == null ? EMPTY : rows.getString(2));
      }
    }
    return map;
  }

  private static List<String> list(Connection db, String sql) throws SQLException {
    List<String> list = new ArrayList<>();
    try (ResultSet rows = db.createStatement().executeQuery(sql)) {
      while (rows.next()) {
        list.add(rows.getString(1));
      }
    }
    return list;
  }

  private static Map<UUID, String> processed(Connection db) throws SQLException {
    Map<UUID, String> processed = new TreeMap<>();
    try (ResultSet rows = db.createStatement().executeQuery(
        "SELECT event_id, outcome FROM scheduler.processed_event")) {
      while (rows.next()) {
        processed.put(rows.getObject(1, UUID.class), rows.getString(2));
      }
    }
    return processed;
  }

  private static List<Rejection> rejected(Connection db) throws SQLException {
    List<Rejection> rejected = new ArrayList<>();
    if (!tableExists(db, "scheduler.rejected_event")) {
      return rejected;
    }
    try (ResultSet rows = db.createStatement().executeQuery("SELECT * FROM scheduler.rejected_event")) {
      while (rows.next()) {
        rejected.add(new Rejection(rows.getObject("event_id", UUID.class), rows.getString("reason")));
      }
    }
    return rejected;
  }

  private static List<Notification> notifications(Connection db) throws SQLException {
    List<Notification> notifications = new ArrayList<>();
    try (ResultSet rows = db.createStatement().executeQuery("""
        SELECT id, causation_event_id, perfusionist_id, address, subject, message, status
        FROM notifier.notification ORDER BY created_at, id""")) {
      while (rows.next()) {
        notifications.add(new Notification(rows.getObject("id", UUID.class),
            rows.getObject("causation_event_id", UUID.class), rows.getString("perfusionist_id"),
            rows.getString("address"), rows.getString("subject"), rows.getString("message"),
            rows.getString("status")));
      }
    }
    return notifications;
  }

  /** A record the scheduler refused as not a valid event: its id if it had a readable one, and why. */
  record Rejection(UUID eventId, String reason) {}

  /** A notification as the notifier recorded it. */
  record Notification(UUID id, UUID causationEventId, String perfusionistId, String address, String subject,
      String message, String status) {

    /** What the person was told, without ids: the same in two runs that told them the same thing. */
    String told() {
      return perfusionistId + " | " + subject + " | " + message;
    }
  }
}
