package org.onpump.scheduler.web;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.onpump.shared.event.FieldViolation;
import org.onpump.shared.event.TimeBounds;

/** A {@code [from, to)} range read from query parameters; every bad parameter is reported at once as a 400. */
public record TimeRange(Instant from, Instant to) {

  /** How a query parameter instant is written, for error messages and the API documentation. */
  public static final String INSTANT = "an ISO-8601 instant such as 2026-11-23T07:30:00Z";

  /**
   * @param longest the longest range allowed (null: any)
   * @throws InvalidRequestException naming each bad parameter
   */
  public static TimeRange parse(String title, String from, String to, Duration longest) {
    List<FieldViolation> violations = new ArrayList<>();
    Instant start = instant("from", from, violations);
    Instant end = instant("to", to, violations);
    if (start != null && end != null && !end.isAfter(start)) {
      violations.add(new FieldViolation("to", "must be after from"));
    } else if (start != null && end != null && longest != null
        && Duration.between(start, end).compareTo(longest) > 0) {
      violations.add(new FieldViolation("to", "must be at most " + longest.toDays() + " days after from"));
    }
    if (!violations.isEmpty()) {
      throw new InvalidRequestException(title, violations);
    }
    return new TimeRange(start, end);
  }

  /**
   * One instant parameter.
   *
   * @throws InvalidRequestException naming it when it is not an instant OnPump accepts
   */
  public static Instant instant(String title, String name, String value) {
    List<FieldViolation> violations = new ArrayList<>();
    Instant instant = instant(name, value, violations);
    if (!violations.isEmpty()) {
      throw new InvalidRequestException(title, violations);
    }
    return instant;
  }

  private static Instant instant(String name, String value, List<FieldViolation> violations) {
    if (value == null || value.isBlank()) {
      violations.add(new FieldViolation(name, "is required: " + INSTANT));
      return null;
    }
    try {
      Instant instant = Instant.parse(value);
      if (!TimeBounds.contains(instant)) {
        violations.add(new FieldViolation(name, TimeBounds.violation()));
        return null;
      }
      return instant;
    } catch (DateTimeParseException e) {
      violations.add(new FieldViolation(name, "'" + value + "' is not " + INSTANT));
      return null;
    }
  }
}
