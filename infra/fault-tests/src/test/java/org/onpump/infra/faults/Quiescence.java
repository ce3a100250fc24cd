package org.onpump.infra.faults;

import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.onpump.shared.kafka.Topics;

/**
 * Waits until a run has nothing left to do: both consumer groups have read their topics to the end, every case
 * event id sent is accounted for, no department waits for a replanning, the outbox is published, every
 * notification has been settled and the mailbox holds at least what was sent, and all of it stays so.
 */
final class Quiescence {

  private Quiescence() {}

  static void awaitQuiet(OnPumpRun run, Set<UUID> eventIds, Duration timeout) {
    Progress[] last = {null};
    try (Admin admin = Admin.create(Map.of("bootstrap.servers", run.broker.bootstrapServers()))) {
      await("run " + run.name + " to go quiet").atMost(timeout).pollInterval(Duration.ofSeconds(3))
          .ignoreExceptions()
          .until(() -> {
            Progress now = measure(run, admin, eventIds);
            boolean quiet = now.quiet() && now.equals(last[0]);
            if (!now.equals(last[0])) {
              System.out.printf("[%s] %s%n", run.name, now);
            }
            last[0] = now;
            return quiet;
          });
    }
  }

  private static Progress measure(OnPumpRun run, Admin admin, Set<UUID> eventIds) throws Exception {
    try (Connection db = run.connect()) {
      return new Progress(
          lag(admin, "onpump-scheduler", List.of(Topics.CASE_EVENTS)),
          lag(admin, "onpump-notifier", List.of(Topics.ASSIGNMENT_CHANGES, Topics.NOTIFICATION_REQUESTS)),
          Snapshot.tableExists(db, "scheduler.rejected_event")
              ? eventIds.size() - Snapshot.accountedFor(db, eventIds).size() : -1,
          Snapshot.tableExists(db, "scheduler.department_plan")
              ? count(db, "SELECT count(*) FROM scheduler.department_plan WHERE dirty") : 0,
          count(db, "SELECT count(*) FROM scheduler.outbox WHERE published_at IS NULL"),
          count(db, "SELECT count(*) FROM scheduler.outbox"),
          count(db, "SELECT count(*) FROM notifier.notification WHERE status = 'PENDING'"),
          count(db, "SELECT count(*) FROM notifier.notification WHERE status = 'SENT'"),
          run.mailbox.count());
    }
  }

  private static long lag(Admin admin, String group, List<String> topics)
      throws InterruptedException, ExecutionException {
    Map<TopicPartition, OffsetAndMetadata> committed =
        admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get();
    Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
    for (String topic : topics) {
      for (int p = 0; p < Topics.PARTITIONS; p++) {
        latest.put(new TopicPartition(topic, p), OffsetSpec.latest());
      }
    }
    long lag = 0;
    for (var end : admin.listOffsets(latest).all().get().entrySet()) {
      OffsetAndMetadata at = committed.get(end.getKey());
      lag += end.getValue().offset() - (at == null ? 0 : at.offset());
    }
    return lag;
  }

  static long count(Connection db, String sql) throws SQLException {
    try (ResultSet row = db.createStatement().executeQuery(sql)) {
      row.next();
      return row.getLong(1);
    }
  }

  /**
   * Where a run stands; quiet when nothing is left to read, account for, replan, publish or send. Unaccounted is
   * -1 while the scheduler keeps no record of the events it rejects.
   */
  record Progress(long schedulerLag, long notifierLag, long eventsUnaccounted, long dirtyDepartments,
      long outboxUnpublished, long outbox, long notificationsPending, long notificationsSent, long mails) {

    boolean quiet() {
      return schedulerLag == 0 && notifierLag == 0 && eventsUnaccounted <= 0 && dirtyDepartments == 0
          && outboxUnpublished == 0
          && notificationsPending == 0 && mails >= notificationsSent;
    }
  }
}
