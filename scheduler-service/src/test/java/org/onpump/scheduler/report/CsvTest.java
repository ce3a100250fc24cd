package org.onpump.scheduler.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** RFC 4180 quoting, and no formulas smuggled into a spreadsheet. */
class CsvTest {

  @Test
  void aFieldWithACommaAQuoteOrALineBreakIsQuotedWithItsQuotesDoubled() {
    assertThat(Csv.write(List.of("id", "name", "note"), List.of(
        List.of("p1", "O'Brien, \"Doc\" Jr", "two\r\nlines"),
        Arrays.asList("p2", "Plain", null))))
        .isEqualTo("id,name,note\r\np1,\"O'Brien, \"\"Doc\"\" Jr\",\"two\r\nlines\"\r\np2,Plain,\r\n");
  }

  @Test
  void textThatASpreadsheetWouldRunIsDefusedButNegativeNumbersStayNumbers() {
    assertThat(Csv.field("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
    assertThat(Csv.field("-2+3")).isEqualTo("'-2+3");
    assertThat(Csv.field(-3L)).isEqualTo("-3");
    assertThat(Csv.field(14.5)).isEqualTo("14.5");
  }
}
