package org.onpump.scheduler.timeoff;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.onpump.scheduler.web.InvalidRequestException;
import org.onpump.scheduler.web.TimeRange;
import org.onpump.shared.event.FieldViolation;
import org.onpump.shared.event.TimeBounds;

/** What a perfusionist asks for: time off over [startsAt, endsAt), and why if they wish to say. */
@Schema(description = "A request for time off over [startsAt, endsAt)")
record TimeOffForm(
    @Schema(description = TimeRange.INSTANT, example = "2026-12-21T05:00:00Z") String startsAt,
    @Schema(description = TimeRange.INSTANT, example = "2026-12-24T05:00:00Z") String endsAt,
    @Schema(description = "optional, at most 200 characters; seen by managers", example = "Family visit")
    String reason) {

  static final int MAX_REASON = 200;
  static final Duration LONGEST = Duration.ofDays(366);

  /** The checked period. */
  record Period(Instant start, Instant end, String reason) {}

  /**
   * @throws InvalidRequestException naming each bad field
   */
  Period validate(Instant now) {
    List<FieldViolation> violations = new ArrayList<>();
    Instant start = instant("startsAt", startsAt, violations);
    Instant end = instant("endsAt", endsAt, violations);
    if (start != null && end != null) {
      if (!end.isAfter(start)) {
        violations.add(new FieldViolation("endsAt", "must be after startsAt"));
      } else if (Duration.between(start, end).compareTo(LONGEST) > 0) {
        violations.add(new FieldViolation("endsAt", "must be at most " + LONGEST.toDays() + " days after startsAt"));
      } else if (!end.isAfter(now)) {
        violations.add(new FieldViolation("endsAt", "must be in the future: this time off is over"));
      }
    }
    String why = reason == null || reason.isBlank() ? null : reason.trim();
    if (why != null && why.length() > MAX_REASON) {
      violations.add(new FieldViolation("reason", "must be at most " + MAX_REASON + " characters"));
    }
    if (!violations.isEmpty()) {
      throw new InvalidRequestException("Invalid time-off request", violations);
    }
    return new Period(start, end, why);
  }

  private static Instant instant(String field, String value, List<FieldViolation> violations) {
    if (value == null || value.isBlank()) {
      violations.add(new FieldViolation(field, "is required: " + TimeRange.INSTANT));
      return null;
    }
    try {
      Instant instant = Instant.parse(value.trim());
      if (TimeBounds.contains(instant)) {
        return instant;
      }
      violations.add(new FieldViolation(field, TimeBounds.violation()));
    } catch (DateTimeParseException e) {
      violations.add(new FieldViolation(field, "'" + value + "' is not " + TimeRange.INSTANT));
    }
    return null;
  }
}
