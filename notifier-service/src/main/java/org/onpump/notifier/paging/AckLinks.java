package org.onpump.notifier.paging;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Acknowledgement links that work without a login: the notification they came with and their expiry, signed with
 * HMAC-SHA256 under the deployment's secret. Altering any character breaks the signature; the database makes each
 * link work once.
 */
@Component
class AckLinks {

  /** How the local stack's key in application.yml begins. */
  private static final String LOCAL_ONLY = "local-stack-only";
  private static final Logger log = LoggerFactory.getLogger(AckLinks.class);
  private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder DECODER = Base64.getUrlDecoder();
  private static final int PAYLOAD_BYTES = 16 + 8;

  private final PagingProperties properties;
  private final SecretKeySpec key;

  AckLinks(PagingProperties properties) {
    this.properties = properties;
    this.key = new SecretKeySpec(properties.linkSecret().getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    if (properties.linkSecret().startsWith(LOCAL_ONLY)) {
      log.warn("Acknowledgement links are signed with the local stack's key, which anyone can read: set "
          + "ONPUMP_LINK_SECRET (onpump.paging.link-secret) in every real deployment");
    }
  }

  /** The link for the notification, working until {@code expiresAt}. */
  String url(UUID notificationId, Instant expiresAt) {
    return properties.publicUrl().replaceAll("/+$", "") + "/ack/" + token(notificationId, expiresAt);
  }

  String token(UUID notificationId, Instant expiresAt) {
    ByteBuffer payload = ByteBuffer.allocate(PAYLOAD_BYTES);
    payload.putLong(notificationId.getMostSignificantBits()).putLong(notificationId.getLeastSignificantBits())
        .putLong(expiresAt.getEpochSecond());
    String body = ENCODER.encodeToString(payload.array());
    return body + "." + ENCODER.encodeToString(sign(body));
  }

  /** What a token says, if it is whole and OnPump signed it; empty when it was altered, cut short or forged. */
  Optional<Signed> verify(String token) {
    int dot = token == null ? -1 : token.indexOf('.');
    if (dot <= 0) {
      return Optional.empty();
    }
    String body = token.substring(0, dot);
    try {
      byte[] payload = DECODER.decode(body);
      // Compared as text, not as decoded bytes: base64 decoding ignores some bits of the last character, and a
      // changed character must never pass.
      byte[] expected = ENCODER.encodeToString(sign(body)).getBytes(StandardCharsets.US_ASCII);
      byte[] given = token.substring(dot + 1).getBytes(StandardCharsets.US_ASCII);
      if (payload.length != PAYLOAD_BYTES || !ENCODER.encodeToString(payload).equals(body)
          || !MessageDigest.isEqual(given, expected)) {
        return Optional.empty();
      }
      ByteBuffer buffer = ByteBuffer.wrap(payload);
      return Optional.of(new Signed(new UUID(buffer.getLong(), buffer.getLong()),
          Instant.ofEpochSecond(buffer.getLong())));
    } catch (IllegalArgumentException notBase64) {
      return Optional.empty();
    }
  }

  private byte[] sign(String body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      return mac.doFinal(body.getBytes(StandardCharsets.US_ASCII));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is missing from this JVM", e);
    }
  }

  /** The content of a genuine link. */
  record Signed(UUID notificationId, Instant expiresAt) {}
}
