package org.onpump.infra.benchmarks;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.onpump.infra.identity.OnPumpUser;
import org.onpump.infra.identity.TestIdentity;
import org.onpump.infra.servers.PostgresServer;
import org.onpump.shared.event.AssignmentChanged;
import org.onpump.shared.json.EventCodec;

/**
 * For the record, what became of elective events that caused no assignment change within the drain: the
 * scheduler's own word on the event ({@code GET /api/v1/case-events/{id}}) and the case's seats as stored.
 */
final class MissingChanges {

  private static final int AT_MOST = 10;

  private MissingChanges() {
  }

  /**
   * The cancellations among {@code missing} that had nothing to announce: the scheduler's outbox holds no
   * {@code CASE_CANCELLED} change for their case, and the last change it announced for the case left every seat
   * empty (the solver had released it), so nobody was there to release. They are not samples of the elective path.
   * Any other cancellation without its change stays missing.
   */
  static Set<UUID> nothingToAnnounce(List<CaseLoad.Sample> missing, PostgresServer db) {
    Map<String, Map<AssignmentChanged.AssignmentRole, String>> lastHolders = new HashMap<>();
    Set<String> cancelAnnounced = new HashSet<>();
    try (Connection c = DriverManager.getConnection(db.jdbcUrl(), db.username(), db.password());
        Statement statement = c.createStatement();
        ResultSet rows = statement.executeQuery(
            "SELECT payload FROM scheduler.outbox WHERE event_type = 'AssignmentChanged' ORDER BY id")) {
      while (rows.next()) {
        if (EventCodec.read(rows.getString(1).getBytes(StandardCharsets.UTF_8)) instanceof AssignmentChanged change) {
          String key = change.hospitalId() + "/" + change.caseId();
          if (change.reason() == AssignmentChanged.ChangeReason.CASE_CANCELLED) {
            cancelAnnounced.add(key);
          }
          lastHolders.computeIfAbsent(key, k -> new HashMap<>()).put(change.role(),
              change.assignee() == null ? "" : change.assignee().perfusionistId());
        }
      }
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException("could not read the scheduler's outbox: " + e.getMessage(), e);
    }
    Set<UUID> none = new HashSet<>();
    for (CaseLoad.Sample sample : missing) {
      String key = sample.hospitalId() + "/" + sample.caseId();
      if (sample.kind() == CaseLoad.Kind.CANCELLED && !cancelAnnounced.contains(key)
          && lastHolders.getOrDefault(key, Map.of()).values().stream().allMatch(String::isEmpty)) {
        none.add(sample.eventId());
      }
    }
    return none;
  }

  static List<String> describe(List<CaseLoad.Sample> missing, String schedulerUrl, PostgresServer db) {
    List<String> lines = new ArrayList<>();
    HttpClient http = HttpClient.newHttpClient();
    String admin = TestIdentity.bearer(OnPumpUser.admin());
    try (Connection c = DriverManager.getConnection(db.jdbcUrl(), db.username(), db.password());
        PreparedStatement seats = c.prepareStatement("""
            SELECT a.role, a.perfusionist_id, p.status FROM scheduler.assignment a
              JOIN scheduler.pump_case p ON p.hospital_id = a.hospital_id AND p.case_id = a.case_id
             WHERE a.hospital_id = ? AND a.case_id = ? ORDER BY a.role""")) {
      for (CaseLoad.Sample sample : missing.subList(0, Math.min(AT_MOST, missing.size()))) {
        String status = http.send(HttpRequest.newBuilder(
                URI.create(schedulerUrl + "/api/v1/case-events/" + sample.eventId()))
            .header("Authorization", admin).timeout(Duration.ofSeconds(5)).build(),
            HttpResponse.BodyHandlers.ofString()).body();
        seats.setString(1, sample.hospitalId());
        seats.setString(2, sample.caseId());
        StringBuilder stored = new StringBuilder();
        try (ResultSet rows = seats.executeQuery()) {
          while (rows.next()) {
            stored.append(rows.getString(1)).append('=').append(rows.getString(2)).append(" (case ")
                .append(rows.getString(3)).append(") ");
          }
        }
        lines.add(sample.kind() + " " + sample.hospitalId() + "/" + sample.caseId() + " event " + sample.eventId()
            + ": " + status + "; seats: " + stored.toString().trim());
      }
    } catch (Exception e) {
      lines.add("could not look them up: " + e);
    }
    return lines;
  }
}
