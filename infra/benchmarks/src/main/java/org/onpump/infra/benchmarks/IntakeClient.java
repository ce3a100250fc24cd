package org.onpump.infra.benchmarks;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.onpump.infra.identity.OnPumpUser;
import org.onpump.infra.identity.TestIdentity;
import org.onpump.shared.event.CaseEvent;
import org.onpump.shared.json.EventCodec;

/**
 * Posts case events to the scheduler's REST intake as a hospital would, with the bearer token of the event's
 * hospital's scheduling system (from this JVM's identity provider, which the services trust), noting when each
 * answer arrived.
 */
final class IntakeClient {

  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(5)).build();
  private final URI intake;
  private final Map<String, String> hospitalTokens = new ConcurrentHashMap<>();

  IntakeClient(String schedulerBaseUrl) {
    this.intake = URI.create(schedulerBaseUrl + "/api/v1/case-events");
  }

  /** Posts the event; the answer's status and {@link System#nanoTime()} when it was read (status 0: no answer). */
  Answer post(CaseEvent event) {
    HttpRequest request = HttpRequest.newBuilder(intake)
        .timeout(Duration.ofSeconds(15))
        .header("Content-Type", "application/json")
        .header("Authorization", hospitalTokens.computeIfAbsent(event.hospitalId(),
            hospital -> TestIdentity.bearer(OnPumpUser.hospitalSystem(hospital))))
        .POST(HttpRequest.BodyPublishers.ofByteArray(EventCodec.toBytes(event)))
        .build();
    long sent = System.nanoTime();
    try {
      int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
      return new Answer(status, sent, System.nanoTime());
    } catch (IOException e) {
      return new Answer(0, sent, System.nanoTime());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Answer(0, sent, System.nanoTime());
    }
  }

  /** What the intake answered, and when the request went out and the answer came back. */
  record Answer(int status, long sentNanos, long answeredNanos) {
    boolean accepted() {
      return status == 202;
    }
  }
}
