package org.onpump.infra.benchmarks;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.onpump.infra.servers.PostgresServer;

/**
 * For the record, what became of elective events that caused no assignment change within the drain: the
 * scheduler's own word on the event ({@code GET /api/v1/case-events/{id}}) and the case's seats as stored.
 */
final class MissingChanges {

  private static final int AT_MOST = 10;

  private MissingChanges() {
  }

  static List<String> describe(List<CaseLoad.Sample> missing, String schedulerUrl, PostgresServer db) {
    List<String> lines = new ArrayList<>();
    HttpClient http = HttpClient.newHttpClient();
    try (Connection c = DriverManager.getConnection(db.jdbcUrl(), db.username(), db.password());
        PreparedStatement seats = c.prepareStatement("""
            SELECT a.role, a.perfusionist_id, p.status FROM scheduler.assignment a
              JOIN scheduler.pump_case p ON p.hospital_id = a.hospital_id AND p.case_id = a.case_id
             WHERE a.hospital_id = ? AND a.case_id = ? ORDER BY a.role""")) {
      for (CaseLoad.Sample sample : missing.subList(0, Math.min(AT_MOST, missing.size()))) {
        String status = http.send(HttpRequest.newBuilder(
                URI.create(schedulerUrl + "/api/v1/case-events/" + sample.eventId()))
            .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString()).body();
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
