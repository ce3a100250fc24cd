package org.onpump.infra.localstack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

/** Waits for a service's readiness probe ({@code /actuator/health/readiness}) to answer UP. */
final class Readiness {

  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  private Readiness() {}

  /**
   * Polls until the service is ready; {@code stillStarting} is called between polls and may throw to give up early,
   * for example when the service's process has died.
   */
  static void await(String baseUrl, Duration timeout, Runnable stillStarting) {
    Instant deadline = Instant.now().plus(timeout);
    HttpRequest probe = HttpRequest.newBuilder(URI.create(baseUrl + "/actuator/health/readiness"))
        .timeout(Duration.ofSeconds(2)).build();
    while (Instant.now().isBefore(deadline)) {
      stillStarting.run();
      try {
        if (HTTP.send(probe, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
          return;
        }
      } catch (IOException e) {
        // not listening yet
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while waiting for " + baseUrl, e);
      }
      try {
        TimeUnit.MILLISECONDS.sleep(250);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while waiting for " + baseUrl, e);
      }
    }
    throw new IllegalStateException(baseUrl + " was not ready within " + timeout);
  }
}
