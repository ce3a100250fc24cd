package org.onpump.scheduler.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.onpump.shared.event.FieldViolation;

/** Days {@code [from, to)} read from query parameters; every bad parameter is reported at once as a 400. */
public record DayRange(LocalDate from, LocalDate to) {

  /** How a day parameter is written, for error messages and the API documentation. */
  public static final String DAY = "an ISO-8601 date such as 2026-12-01";

  /**
   * @param longestDays the most days the range may span
   * @throws InvalidRequestException naming each bad parameter
   */
  public static DayRange parse(String title, String from, String to, int longestDays) {
    List<FieldViolation> violations = new ArrayList<>();
    LocalDate first = day("from", from, violations);
    LocalDate end = day("to", to, violations);
    if (first != null && end != null && !end.isAfter(first)) {
      violations.add(new FieldViolation("to", "must be after from (the range ends before this day)"));
    } else if (first != null && end != null && ChronoUnit.DAYS.between(first, end) > longestDays) {
      violations.add(new FieldViolation("to", "must be at most " + longestDays + " days after from"));
    }
    if (!violations.isEmpty()) {
      throw new InvalidRequestException(title, violations);
    }
    return new DayRange(first, end);
  }

  /**
   * One day parameter.
   *
   * @throws InvalidRequestException naming it when it is not a date
   */
  public static LocalDate day(String title, String name, String value) {
    List<FieldViolation> violations = new ArrayList<>();
    LocalDate day = day(name, value, violations);
    if (!violations.isEmpty()) {
      throw new InvalidRequestException(title, violations);
    }
    return day;
  }

  private static LocalDate day(String name, String value, List<FieldViolation> violations) {
    if (value == null || value.isBlank()) {
      violations.add(new FieldViolation(name, "is required: " + DAY));
      return null;
    }
    try {
      LocalDate day = LocalDate.parse(value);
      if (day.getYear() < 2000 || day.getYear() > 2999) {
        violations.add(new FieldViolation(name, "must be a date between the years 2000 and 2999"));
        return null;
      }
      return day;
    } catch (DateTimeParseException e) {
      violations.add(new FieldViolation(name, "'" + value + "' is not " + DAY));
      return null;
    }
  }
}
