package org.onpump.notifier.audit;

import org.onpump.notifier.security.Access;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** The delivery audit of a department, for its manager: every attempt, failure, escalation and acknowledgement. */
@RestController
class AuditController {

  private static final int LIMIT = 1000;

  private final AuditLog audit;
  private final Clock clock;

  private final Access access;

  AuditController(AuditLog audit, Clock clock, Access access) {
    this.access = access;
    this.audit = audit;
    this.clock = clock;
  }

  @Operation(summary = "A department's delivery audit in [from, to), oldest first (at most 1,000 lines)",
      description = "Every delivery attempt and its channel, every failure with its error, every fallback to a "
          + "person's next contact method, every escalation step, and who acknowledged each page, when and how.")
  @GetMapping("/api/v1/departments/{departmentId}/audit")
  List<AuditEntry> audit(@PathVariable String departmentId,
      @Parameter(description = "an ISO-8601 instant; default 24 hours before to") @RequestParam(required = false)
      String from,
      @Parameter(description = "an ISO-8601 instant; default now") @RequestParam(required = false) String to) {
    access.requireManagerOf(departmentId);
    Instant end = to == null ? clock.instant() : instant("to", to);
    Instant start = from == null ? end.minus(Duration.ofHours(24)) : instant("from", from);
    if (!end.isAfter(start)) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "to must be after from");
    }
    return audit.department(departmentId, start, end, LIMIT);
  }

  private static Instant instant(String name, String value) {
    try {
      return Instant.parse(value);
    } catch (DateTimeParseException e) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
          name + ": '" + value + "' is not an ISO-8601 instant such as 2026-11-23T03:00:00Z");
    }
  }
}
