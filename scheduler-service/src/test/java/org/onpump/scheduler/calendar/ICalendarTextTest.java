package org.onpump.scheduler.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Content lines as RFC 5545 wants them: folded at 75 octets, escaped, CRLF, UTC times. */
class ICalendarTextTest {

  @Test
  void aLongLineIsFoldedAtSeventyFiveOctetsWithoutSplittingAUtf8Character() {
    String value = "Hôpital Cœur-Poumon Saint-Étienne, salle de perfusion numéro trois, étage é, aile ü";
    String ics = new ICalendarText().text("SUMMARY", value).toString();

    String[] lines = ics.split("\r\n");
    assertThat(lines).hasSizeGreaterThan(1);
    assertThat(lines[0].getBytes(StandardCharsets.UTF_8)).hasSizeBetween(74, 75);
    for (int i = 1; i < lines.length; i++) {
      assertThat(lines[i]).startsWith(" ");
      assertThat(lines[i].getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
    }
    String unfolded = ics.replace("\r\n ", "");
    assertThat(unfolded).isEqualTo("SUMMARY:" + ICalendarText.escape(value) + "\r\n");
  }

  @Test
  void aLineOfExactlySeventyFiveOctetsStaysWhole() {
    String line = "X".repeat(75);
    assertThat(ICalendarText.fold(line)).isEqualTo(line);
    assertThat(ICalendarText.fold(line + "Y")).isEqualTo(line + "\r\n Y");
  }

  @Test
  void textEscapesBackslashSemicolonCommaAndLineBreaks() {
    assertThat(ICalendarText.escape("a\\b;c,d\ne\r\nf")).isEqualTo("a\\\\b\\;c\\,d\\ne\\nf");
  }

  @Test
  void instantsAreWrittenInUtcToTheSecond() {
    assertThat(new ICalendarText().instant("DTSTART", Instant.parse("2026-10-31T21:00:00.750Z")).toString())
        .isEqualTo("DTSTART:20261031T210000Z\r\n");
  }
}
