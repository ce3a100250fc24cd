package org.onpump.infra.localstack;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Asks a running local identity provider for a user's token, as the scripts do with curl: {@code POST /token} with
 * the form field {@code username}. For tools that reach a stack they did not start.
 */
final class TokenRequest {

  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");

  private TokenRequest() {}

  /** {@code Bearer <token>} for {@code username}, from the token endpoint {@code tokenUrl}. */
  static String bearer(String tokenUrl, String username) {
    HttpRequest request = HttpRequest.newBuilder(URI.create(tokenUrl)).timeout(Duration.ofSeconds(10))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString("username=" + URLEncoder.encode(username, StandardCharsets.UTF_8)))
        .build();
    try {
      HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
      Matcher token = ACCESS_TOKEN.matcher(response.body());
      if (response.statusCode() != 200 || !token.find()) {
        throw new IllegalStateException("no token for " + username + " from " + tokenUrl + ": HTTP "
            + response.statusCode() + " " + response.body());
      }
      return "Bearer " + token.group(1);
    } catch (IOException e) {
      throw new IllegalStateException("could not reach the identity provider at " + tokenUrl, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted asking " + tokenUrl + " for a token", e);
    }
  }
}
