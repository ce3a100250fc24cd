package org.onpump.scheduler.calendar;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * The secret in a calendar link: 256 random bits written URL-safe, shown once to whoever creates the link. OnPump
 * keeps only its SHA-256, so a copy of the database cannot be turned back into working feed links.
 */
final class CalendarTokens {

  /** 32 bytes in unpadded URL-safe base64 are 43 characters. */
  private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9_-]{43}");
  private static final SecureRandom RANDOM = new SecureRandom();

  private CalendarTokens() {
  }

  static String newToken() {
    byte[] secret = new byte[32];
    RANDOM.nextBytes(secret);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
  }

  /** Whether the text could be a token at all (anything else is answered 404 without a database look-up). */
  static boolean looksLikeToken(String text) {
    return text != null && SHAPE.matcher(text).matches();
  }

  /** The SHA-256 of the token, in lower-case hex: what the database keeps and looks a feed up by. */
  static String hash(String token) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
          .digest(token.getBytes(StandardCharsets.US_ASCII)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
