package org.onpump.notifier.delivery;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import org.onpump.shared.json.EventCodec;
import org.springframework.stereotype.Component;

/**
 * Posts JSON to a webhook. The notification id goes as {@code Idempotency-Key}, so that a receiver can drop the
 * copy a crash between its answer and our record would send again. 2xx: taken; 408, 429, 5xx and network errors:
 * worth another try; any other answer: this method cannot work.
 */
@Component
class WebhookPoster {

  private final HttpClient http;
  private final ChannelProperties properties;

  WebhookPoster(ChannelProperties properties) {
    this.properties = properties;
    this.http = HttpClient.newBuilder().connectTimeout(properties.timeout())
        .followRedirects(HttpClient.Redirect.NEVER).build();
  }

  void post(String url, Map<String, Object> body, UUID idempotencyKey, String bearerToken) throws DeliveryFailure {
    URI uri;
    HttpRequest.Builder request;
    try {
      uri = URI.create(url);
      request = HttpRequest.newBuilder(uri).timeout(properties.timeout())
          .header("Content-Type", "application/json; charset=utf-8")
          .header("Idempotency-Key", idempotencyKey.toString())
          .POST(HttpRequest.BodyPublishers.ofString(EventCodec.mapper().writeValueAsString(body)));
      if (bearerToken != null && !bearerToken.isBlank()) {
        request.header("Authorization", "Bearer " + bearerToken);
      }
    } catch (IllegalArgumentException e) {
      // The URL is kept out of the error: a chat webhook's URL is its credential.
      throw new DeliveryFailure("the webhook URL or the gateway token cannot be used: " + e.getMessage()
          .replace(url, "<url>"), true);
    }
    HttpResponse<String> response;
    try {
      response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new DeliveryFailure(Failures.describe(e), false);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DeliveryFailure("interrupted while posting to the webhook", false);
    }
    int status = response.statusCode();
    if (status / 100 == 2) {
      return;
    }
    // The answer's start only: a gateway may echo the message, which belongs in no log or audit.
    String said = response.body() == null ? "" : response.body().strip();
    String answer = "HTTP " + status + " from " + uri.getHost() + (said.isEmpty() ? ""
        : ": " + (said.length() > 80 ? said.substring(0, 80) + "..." : said));
    throw new DeliveryFailure(answer, !(status == 408 || status == 429 || status >= 500));
  }
}
