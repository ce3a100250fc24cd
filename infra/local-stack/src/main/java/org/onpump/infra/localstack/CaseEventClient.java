package org.onpump.infra.localstack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.onpump.shared.event.OnPumpEvent;
import org.onpump.shared.json.EventCodec;

/**
 * Posts case events to the scheduler's intake, as a hospital's integration engine would: with the bearer token of
 * a hospital's scheduling system (or an admin).
 */
public final class CaseEventClient {

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final URI intake;
  private final String authorization;

  /** {@code authorization}: the Authorization header's value, {@code Bearer <token>}. */
  public CaseEventClient(String schedulerBaseUrl, String authorization) {
    this.intake = URI.create(schedulerBaseUrl + "/api/v1/case-events");
    this.authorization = authorization;
  }

  public HttpResponse<String> post(OnPumpEvent event) {
    return post(EventCodec.toJson(event));
  }

  /** Posts a body as it is, valid or not. */
  public HttpResponse<String> post(String json) {
    HttpRequest request = HttpRequest.newBuilder(intake)
        .timeout(Duration.ofSeconds(15))
        .header("Content-Type", "application/json")
        .header("Authorization", authorization)
        .POST(HttpRequest.BodyPublishers.ofString(json))
        .build();
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IllegalStateException("could not reach " + intake, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted posting to " + intake, e);
    }
  }
}
