package org.onpump.scheduler.report;

import java.util.List;

/**
 * RFC 4180 CSV: CRLF line ends, a header row, a field quoted when it holds a comma, a quote or a line break (its
 * quotes doubled). Text that a spreadsheet would run as a formula (starting with {@code = + - @}) is prefixed with
 * an apostrophe; numbers are written as they are.
 */
final class Csv {

  private static final String CRLF = "\r\n";

  private Csv() {
  }

  static String write(List<String> header, List<List<Object>> rows) {
    StringBuilder csv = new StringBuilder();
    line(csv, List.copyOf(header));
    rows.forEach(row -> line(csv, row));
    return csv.toString();
  }

  private static void line(StringBuilder csv, List<?> fields) {
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        csv.append(',');
      }
      csv.append(field(fields.get(i)));
    }
    csv.append(CRLF);
  }

  static String field(Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof Number number) {
      return number.toString();
    }
    String text = value.toString();
    if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
      text = "'" + text;
    }
    if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
      return "\"" + text.replace("\"", "\"\"") + "\"";
    }
    return text;
  }
}
