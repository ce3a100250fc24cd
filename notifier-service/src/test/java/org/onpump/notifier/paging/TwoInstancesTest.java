package org.onpump.notifier.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.onpump.notifier.TestEvents.chief;
import static org.onpump.notifier.TestEvents.perfusionist;
import static org.onpump.notifier.TestEvents.secondCall;
import static org.onpump.notifier.paging.EscalationStep.Target.CHIEF;
import static org.onpump.notifier.paging.EscalationStep.Target.PAGED;
import static org.onpump.notifier.paging.EscalationStep.Target.SECOND_CALL;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.onpump.infra.servers.RealServersConfiguration;
import org.onpump.notifier.NotifierApplication;
import org.onpump.notifier.TestEvents;
import org.onpump.shared.event.NotificationRequested;
import org.onpump.shared.event.StaffMember;
import org.onpump.shared.kafka.Topics;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two notifier instances (this test's context and a second one started beside it, on the same database, broker
 * and SMTP server) fire the escalation timers of many pages at once: each step fires once, on one instance, and
 * each email goes out once.
 */
class TwoInstancesTest extends PagingTest {

  private static final int PAGES = 30;
  private static final Duration STEP = Duration.ofMinutes(10);

  @Test
  void twoInstancesShareTheTimersAndEachStepIsSentOnce() {
    String department = TestEvents.newDepartment();
    chain(department, STEP, PAGED, SECOND_CALL, CHIEF);
    try (ConfigurableApplicationContext second = secondInstance()) {
      List<UUID> pages = new ArrayList<>();
      List<StaffMember> people = new ArrayList<>();
      for (int i = 0; i < PAGES; i++) {
        StaffMember first = perfusionist("First " + i);
        StaffMember backup = perfusionist("Second " + i);
        StaffMember head = perfusionist("Chief " + i);
        people.addAll(List.of(first, backup, head));
        NotificationRequested page = TestEvents.page(department, first, secondCall(backup), chief(head));
        publish(Topics.NOTIFICATION_REQUESTS, page);
        pages.add(page.eventId());
      }
      eventually().until(() -> count("SELECT count(*) FROM page WHERE department_id = :d", department) == PAGES);

      // Every step of every page due at once: both instances race for them.
      CLOCK.advance(STEP.multipliedBy(3));
      eventually().atMost(Duration.ofSeconds(60)).until(() -> count("""
          SELECT count(*) FROM escalation_timer t JOIN page p ON p.id = t.page_id
           WHERE p.department_id = :d AND t.fired_at IS NOT NULL""", department) == 3 * PAGES);
      eventually().atMost(Duration.ofSeconds(60)).until(() -> people.stream()
          .allMatch(person -> MAIL.receivedBy(person.email()).size() == (person.displayName().startsWith("First")
              ? 2 : 1)));

      assertThat(count("""
          SELECT count(*) FROM audit_entry WHERE department_id = :d AND action = 'ESCALATED'""", department))
          .as("escalation steps fired (one audit line each)").isEqualTo(3 * PAGES);
      assertThat(count("""
          SELECT count(*) FROM notification n JOIN page p ON p.id = n.page_id WHERE p.department_id = :d""",
          department)).as("notifications: each page's and each step's").isEqualTo(4 * PAGES);
      Map<String, Long> firedBy = firedBy(department);
      System.out.println("[TwoInstancesTest] steps fired per instance: " + firedBy);
      assertThat(firedBy).as("steps fired per instance").hasSize(2);
      // Nothing more after a while: no step fires again.
      CLOCK.advance(STEP);
      await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3))
          .until(() -> people.stream().allMatch(person -> MAIL.receivedBy(person.email()).size()
              == (person.displayName().startsWith("First") ? 2 : 1)));
    }
  }

  private long count(String sql, String department) {
    return jdbc.sql(sql).param("d", department).query(Long.class).single();
  }

  private Map<String, Long> firedBy(String department) {
    Map<String, Long> counts = new TreeMap<>();
    jdbc.sql("""
            SELECT t.fired_by, count(*) AS n FROM escalation_timer t JOIN page p ON p.id = t.page_id
             WHERE p.department_id = :d GROUP BY t.fired_by""")
        .param("d", department)
        .query(row -> {
          counts.put(row.getString("fired_by"), row.getLong("n"));
        });
    return counts;
  }

  /** A second notifier on the same servers and clock, with small timer batches so that both get work. */
  private static ConfigurableApplicationContext secondInstance() {
    return new SpringApplicationBuilder(NotifierApplication.class, RealServersConfiguration.class,
        ControlledClock.class)
        .run("--server.port=0", "--spring.mail.host=127.0.0.1", "--spring.mail.port=" + MAIL.port(),
            "--onpump.paging.tick=50ms", "--onpump.paging.timer-batch=5");
  }
}
