package org.onpump.notifier.paging;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.onpump.notifier.NotifierServiceTest;
import org.onpump.notifier.TestEvents;
import org.onpump.shared.event.NotificationRequested;
import org.onpump.shared.event.PageRequest;
import org.onpump.shared.event.StaffMember;
import org.onpump.shared.kafka.Topics;

/** What the paging tests share: a department's chain set through the API, a page published, what it became. */
abstract class PagingTest extends NotifierServiceTest {

  /** Sets the department's emergency chain through the API: the step targets, each {@code every} after the last. */
  void chain(String department, Duration every, EscalationStep.Target... targets) {
    String steps = String.join(",", Arrays.stream(targets)
        .map(t -> "{\"target\": \"" + t + "\", \"after\": \"" + every + "\"}").toList());
    assertThat(mvc.put().uri("/api/v1/departments/{d}/escalation-policies/EMERGENCY", department)
        .contentType("application/json").content("[" + steps + "]")).hasStatusOk();
  }

  /** Publishes the page as the scheduler would and waits until its first notification is recorded. */
  NotificationRequested page(String department, StaffMember paged, PageRequest.Escalation... escalation) {
    NotificationRequested page = TestEvents.page(department, paged, escalation);
    publish(Topics.NOTIFICATION_REQUESTS, page);
    eventually().until(() -> notificationsOf(page.eventId()).size() == 1);
    return page;
  }

  /** The page's notifications in the order they were recorded: {@code step perfusionist status}. */
  List<String> notificationsOf(UUID pageId) {
    return jdbc.sql("""
            SELECT n.perfusionist_id, n.status FROM notification n
             WHERE n.page_id = :pageId ORDER BY n.created_at, n.id""")
        .param("pageId", pageId)
        .query((row, n) -> row.getString("perfusionist_id") + " " + row.getString("status"))
        .list();
  }

  String status(UUID pageId) {
    return jdbc.sql("SELECT status FROM page WHERE id = :id").param("id", pageId).query(String.class).single();
  }

  /** The acknowledgement link the page's notification to this person carried. */
  String linkOf(UUID pageId, String perfusionistId) {
    return jdbc.sql("""
            SELECT ack_url FROM notification WHERE page_id = :pageId AND perfusionist_id = :perfusionistId
             ORDER BY created_at LIMIT 1""")
        .param("pageId", pageId).param("perfusionistId", perfusionistId).query(String.class).single();
  }

  /** The path of a link, for MockMvc. */
  static String path(String link) {
    return link.substring(link.indexOf("/ack/"));
  }

  List<String> audit(UUID pageId) {
    return jdbc.sql("SELECT action || ' ' || coalesce(perfusionist_id, '-') FROM audit_entry WHERE page_id = :id"
            + " ORDER BY at, id")
        .param("id", pageId).query(String.class).list();
  }
}
