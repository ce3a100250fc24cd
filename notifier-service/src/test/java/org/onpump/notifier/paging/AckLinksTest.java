package org.onpump.notifier.paging;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A link verifies exactly as issued; any one character changed, anywhere, and it does not. */
class AckLinksTest {

  private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

  private final AckLinks links = new AckLinks(new PagingProperties("http://localhost:8081",
      "a-test-secret-of-at-least-32-characters", Duration.ofHours(12), Duration.ofMillis(250), 10, Map.of()));

  @Test
  void aLinkVerifiesAsIssuedAndNamesItsNotificationAndExpiry() {
    UUID notification = UUID.randomUUID();
    Instant expiry = Instant.parse("2026-11-23T15:00:00Z");
    assertThat(links.verify(links.token(notification, expiry)))
        .contains(new AckLinks.Signed(notification, expiry));
    assertThat(links.url(notification, expiry)).startsWith("http://localhost:8081/ack/");
  }

  @Test
  void everySingleCharacterChangeAnywhereIsRefused() {
    String token = links.token(UUID.randomUUID(), Instant.parse("2026-11-23T15:00:00Z"));
    int checked = 0;
    for (int at = 0; at < token.length(); at++) {
      for (char other : ALPHABET.toCharArray()) {
        if (other != token.charAt(at) && token.charAt(at) != '.') {
          String altered = token.substring(0, at) + other + token.substring(at + 1);
          assertThat(links.verify(altered)).as("token changed at %d to %s", at, other).isEmpty();
          checked++;
        }
      }
    }
    assertThat(checked).isGreaterThan(4000);
    for (String cut : List.of(token + "=", token.substring(0, token.length() - 1), token.replace(".", ""), "",
        token.substring(0, token.indexOf('.')))) {
      assertThat(links.verify(cut)).as(cut).isEmpty();
    }
    assertThat(links.verify(null)).isEmpty();
  }

  @Test
  void aLinkSignedUnderAnotherSecretIsRefused() {
    AckLinks other = new AckLinks(new PagingProperties("http://localhost:8081",
        "another-secret-of-at-least-32-characters", Duration.ofHours(12), Duration.ofMillis(250), 10, Map.of()));
    assertThat(links.verify(other.token(UUID.randomUUID(), Instant.now()))).isEmpty();
  }
}
