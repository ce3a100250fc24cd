package org.onpump.scheduler.calendar;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * Writes iCalendar content lines as RFC 5545 wants them: CRLF line ends, lines folded at 75 octets (never inside a
 * UTF-8 character), TEXT values escaped, and times as UTC date-times ({@code 20261031T210000Z}), which mean the
 * same instant in every calendar whatever daylight-saving does.
 */
final class ICalendarText {

  static final int MAX_OCTETS = 75;
  private static final String CRLF = "\r\n";
  private static final DateTimeFormatter UTC =
      DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

  private final StringBuilder out = new StringBuilder();

  /** A property whose value is written as given (already in its iCalendar form). */
  ICalendarText raw(String name, String value) {
    out.append(fold(name + ":" + value)).append(CRLF);
    return this;
  }

  /** A TEXT property, escaped. */
  ICalendarText text(String name, String value) {
    return raw(name, escape(value));
  }

  /** A DATE-TIME property in UTC, to the second. */
  ICalendarText instant(String name, Instant at) {
    return raw(name, UTC.format(at.truncatedTo(ChronoUnit.SECONDS)));
  }

  ICalendarText begin(String component) {
    return raw("BEGIN", component);
  }

  ICalendarText end(String component) {
    return raw("END", component);
  }

  @Override
  public String toString() {
    return out.toString();
  }

  /** RFC 5545 3.3.11: backslash, semicolon and comma escaped; line breaks as {@code \n}. */
  static String escape(String text) {
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
        .replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n");
  }

  /**
   * RFC 5545 3.1: a line longer than 75 octets goes on in continuation lines that start with one space (which
   * counts toward their 75 octets); a multi-octet UTF-8 character is never split.
   */
  static String fold(String line) {
    StringBuilder folded = new StringBuilder(line.length() + 16);
    int octets = 0;
    for (int i = 0; i < line.length(); ) {
      int codePoint = line.codePointAt(i);
      String character = new String(Character.toChars(codePoint));
      int size = character.getBytes(StandardCharsets.UTF_8).length;
      if (octets + size > MAX_OCTETS) {
        folded.append(CRLF).append(' ');
        octets = 1;
      }
      folded.append(character);
      octets += size;
      i += Character.charCount(codePoint);
    }
    return folded.toString();
  }
}
