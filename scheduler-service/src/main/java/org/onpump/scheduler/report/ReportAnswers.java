package org.onpump.scheduler.report;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.onpump.scheduler.web.InvalidRequestException;
import org.onpump.shared.event.FieldViolation;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Answers a report as JSON, or as a CSV attachment when asked by {@code ?format=csv} or {@code Accept: text/csv}. */
final class ReportAnswers {

  static final MediaType TEXT_CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

  private ReportAnswers() {
  }

  /**
   * Throws for a format other than json or csv, before anything is read.
   *
   * @throws InvalidRequestException naming the format parameter
   */
  static boolean wantsCsv(String format, String accept) {
    if (format != null && !format.equalsIgnoreCase("csv") && !format.equalsIgnoreCase("json")) {
      throw new InvalidRequestException("Invalid report query",
          List.of(new FieldViolation("format", "must be json or csv")));
    }
    if (format != null) {
      return format.equalsIgnoreCase("csv");
    }
    try {
      return accept != null && MediaType.parseMediaTypes(accept).stream()
          .anyMatch(type -> !type.isWildcardType() && type.getQualityValue() > 0 && type.isCompatibleWith(TEXT_CSV));
    } catch (InvalidMediaTypeException e) {
      return false;
    }
  }

  static ResponseEntity<?> answer(CsvReport report, boolean csv) {
    if (!csv) {
      return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(report);
    }
    return ResponseEntity.ok().contentType(TEXT_CSV)
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
            .filename(report.fileName().replaceAll("[^A-Za-z0-9._-]", "_") + ".csv").build().toString())
        .body(Csv.write(report.csvHeader(), report.csvRows()).getBytes(StandardCharsets.UTF_8));
  }
}
