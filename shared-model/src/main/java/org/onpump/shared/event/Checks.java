package org.onpump.shared.event;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Collects the field violations of one event; the rules every event shares are checked by {@link #envelope}. */
final class Checks {

  /** Identifiers are codes, never free text, so that no patient data can travel in them. */
  private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,63}");

  private final List<FieldViolation> violations = new ArrayList<>();

  static Checks envelope(OnPumpEvent event) {
    Checks checks = new Checks();
    checks.required("eventId", event.eventId());
    checks.instant("occurredAt", event.occurredAt());
    checks.code("source", event.source());
    checks.code("hospitalId", event.hospitalId());
    checks.code("departmentId", event.departmentId());
    if (event.schemaVersion() == null) {
      checks.add("schemaVersion", "is required");
    } else if (event.schemaVersion() != OnPumpEvent.SCHEMA_VERSION) {
      checks.add("schemaVersion", "must be " + OnPumpEvent.SCHEMA_VERSION + ", the only version this contract reads");
    }
    return checks;
  }

  static Checks plannedCase(PlannedCase c) {
    return envelope(c)
        .code("caseId", c.caseId())
        .code("procedureType", c.procedureType())
        .required("requiredCompetency", c.requiredCompetency())
        .code("orRoom", c.orRoom())
        .instant("plannedStart", c.plannedStart())
        .minutes("plannedDurationMinutes", c.plannedDurationMinutes(), PlannedCase.MAX_DURATION_MINUTES)
        .timeZone("hospitalTimeZone", c.hospitalTimeZone());
  }

  Checks required(String field, Object value) {
    if (value == null) {
      add(field, "is required");
    }
    return this;
  }

  /** A required instant within {@link TimeBounds}. */
  Checks instant(String field, Instant value) {
    if (value == null) {
      add(field, "is required");
    } else if (!TimeBounds.contains(value)) {
      add(field, TimeBounds.violation());
    }
    return this;
  }

  Checks code(String field, String value) {
    if (value == null || value.isBlank()) {
      add(field, "is required");
    } else if (!CODE.matcher(value).matches()) {
      add(field, "must be a code of 1 to 64 letters, digits, '.', '_', ':' or '-', starting with a letter or digit");
    }
    return this;
  }

  Checks minutes(String field, Integer value, int max) {
    if (value == null) {
      add(field, "is required");
    } else if (value <= 0) {
      add(field, "must be positive: a case cannot end before it starts");
    } else if (value > max) {
      add(field, "must be at most " + max + " minutes");
    }
    return this;
  }

  /** An IANA region such as America/New_York: a fixed offset would be an hour wrong for half the year. */
  Checks timeZone(String field, String value) {
    if (value == null || value.isBlank()) {
      add(field, "is required");
    } else if (!ZoneId.getAvailableZoneIds().contains(value)) {
      add(field, "must be an IANA time zone such as America/New_York, not '" + value + "'");
    }
    return this;
  }

  Checks notBefore(String field, Instant value, String earlierField, Instant earlier) {
    if (value != null && earlier != null && value.isBefore(earlier)) {
      add(field, "must not be before " + earlierField + ": a case cannot end before it starts");
    }
    return this;
  }

  Checks add(String field, String message) {
    violations.add(new FieldViolation(field, message));
    return this;
  }

  List<FieldViolation> result() {
    return List.copyOf(violations);
  }

}
