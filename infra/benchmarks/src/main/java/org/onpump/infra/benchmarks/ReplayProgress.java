package org.onpump.infra.benchmarks;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.onpump.infra.servers.PostgresServer;

/**
 * Watches the scheduler replay, every 200 ms: its readiness, and in its database how many events have their row
 * ({@code processed_event}, plus {@code rejected_event} where it exists), how many departments are left to replan
 * ({@code department_plan.dirty}, where it exists) and how many outbox rows wait to be published.
 */
final class ReplayProgress implements AutoCloseable {

  /** How long the outbox may take to drain once the events are all accounted for. */
  private static final long DRAIN_PATIENCE_MILLIS = 120_000;

  private final Connection db;
  private final ServiceJvm scheduler;
  private final long launchedAtMillis;
  private final boolean rejectedTable;
  private final boolean dirtyColumn;

  ReplayProgress(PostgresServer server, ServiceJvm scheduler) {
    this.scheduler = scheduler;
    this.launchedAtMillis = System.currentTimeMillis() - (System.nanoTime() - scheduler.startedNanos()) / 1_000_000;
    try {
      db = DriverManager.getConnection(server.jdbcUrl(), server.username(), server.password());
      rejectedTable = exists("SELECT 1 FROM information_schema.tables WHERE table_schema = 'scheduler'"
          + " AND table_name = 'rejected_event'");
      dirtyColumn = exists("SELECT 1 FROM information_schema.columns WHERE table_schema = 'scheduler'"
          + " AND table_name = 'department_plan' AND column_name = 'dirty'");
    } catch (SQLException e) {
      throw new IllegalStateException("cannot watch the replay: " + e.getMessage(), e);
    }
  }

  Outcome awaitQuiescence(int events, Duration timeout) {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
    HttpRequest readiness = HttpRequest.newBuilder(URI.create(scheduler.baseUrl() + "/actuator/health/readiness"))
        .timeout(Duration.ofSeconds(1)).build();
    long deadline = scheduler.startedNanos() + timeout.toNanos();
    Long ready = null;
    Long accountedAt = null;
    Long quiescentAt = null;
    long lastReport = 0;
    try {
      while (System.nanoTime() < deadline) {
        if (!scheduler.isAlive()) {
          throw new IllegalStateException("the scheduler died during the replay; see " + scheduler.log());
        }
        if (ready == null && isUp(http, readiness)) {
          ready = sinceLaunch();
        }
        long accounted = count("SELECT count(*) FROM scheduler.processed_event")
            + (rejectedTable ? count("SELECT count(*) FROM scheduler.rejected_event") : 0);
        long dirty = dirtyColumn ? count("SELECT count(*) FROM scheduler.department_plan WHERE dirty") : 0;
        long unpublished = count("SELECT count(*) FROM scheduler.outbox WHERE published_at IS NULL");
        if (accountedAt == null && accounted >= events) {
          accountedAt = sinceLaunch();
        }
        if (quiescentAt == null && accounted >= events && dirty == 0) {
          quiescentAt = sinceLaunch();
        }
        if (quiescentAt != null && unpublished == 0) {
          return outcome(ready, accountedAt, quiescentAt, sinceLaunch(), false);
        }
        if (quiescentAt != null && sinceLaunch() - quiescentAt > DRAIN_PATIENCE_MILLIS) {
          return outcome(ready, accountedAt, quiescentAt, null, false);
        }
        if (sinceLaunch() - lastReport >= 30_000) {
          lastReport = sinceLaunch();
          ReplayBenchmark.progress(String.format("%5d s: %d of %d accounted, %d departments dirty, %d outbox rows"
              + " unpublished", lastReport / 1000, accounted, events, dirty, unpublished));
        }
        Pause.millis(200);
      }
      return outcome(ready, accountedAt, quiescentAt, null, true);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot watch the replay: " + e.getMessage(), e);
    }
  }

  private Outcome outcome(Long ready, Long accountedAt, Long quiescentAt, Long drainedAt, boolean timedOut)
      throws SQLException {
    Map<String, Long> outcomes = new LinkedHashMap<>();
    try (Statement statement = db.createStatement();
        ResultSet rows = statement.executeQuery(
            "SELECT outcome, count(*) FROM scheduler.processed_event GROUP BY outcome ORDER BY outcome")) {
      while (rows.next()) {
        outcomes.put(rows.getString(1), rows.getLong(2));
      }
    }
    Long first = null;
    try (Statement statement = db.createStatement();
        ResultSet row = statement.executeQuery("SELECT min(processed_at) FROM scheduler.processed_event")) {
      Timestamp earliest = row.next() ? row.getTimestamp(1) : null;
      if (earliest != null) {
        first = earliest.getTime() - launchedAtMillis;
      }
    }
    long rejected = rejectedTable ? count("SELECT count(*) FROM scheduler.rejected_event") : 0;
    long accounted = count("SELECT count(*) FROM scheduler.processed_event") + rejected;
    return new Outcome(ready, first, accountedAt, quiescentAt, drainedAt, dirtyColumn, accounted, rejected,
        outcomes, count("SELECT count(*) FROM scheduler.outbox"), timedOut);
  }

  private long sinceLaunch() {
    return (System.nanoTime() - scheduler.startedNanos()) / 1_000_000;
  }

  private static boolean isUp(HttpClient http, HttpRequest readiness) {
    try {
      return http.send(readiness, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
    } catch (java.io.IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  private boolean exists(String sql) throws SQLException {
    try (Statement statement = db.createStatement(); ResultSet row = statement.executeQuery(sql)) {
      return row.next();
    }
  }

  private long count(String sql) throws SQLException {
    try (Statement statement = db.createStatement(); ResultSet row = statement.executeQuery(sql)) {
      row.next();
      return row.getLong(1);
    }
  }

  @Override
  public void close() {
    try {
      db.close();
    } catch (SQLException e) {
      // closing anyway
    }
  }

  /** What the watch saw; times in milliseconds since the scheduler's launch. */
  record Outcome(Long readyMillis, Long firstProcessedMillis, Long accountedMillis, Long quiescentMillis,
      Long drainedMillis, boolean dirtyTracked, long accounted, long rejected, Map<String, Long> outcomes,
      long outboxRows, boolean timedOut) {}
}
