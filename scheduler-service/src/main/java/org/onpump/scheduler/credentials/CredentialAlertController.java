package org.onpump.scheduler.credentials;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import java.time.LocalDate;
import java.util.List;
import org.onpump.scheduler.department.HospitalDirectory;
import org.onpump.scheduler.security.Access;
import org.onpump.scheduler.web.InvalidRequestException;
import org.onpump.scheduler.web.NotFoundException;
import org.onpump.shared.event.FieldViolation;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The manager's list of credentials running out: certification expiries and board-eligible deadlines. */
@RestController
class CredentialAlertController {

  static final int LONGEST_WINDOW = 3650;

  private final Access access;
  private final HospitalDirectory directory;
  private final CredentialAlerts alerts;

  CredentialAlertController(Access access, HospitalDirectory directory, CredentialAlerts alerts) {
    this.access = access;
    this.directory = directory;
    this.alerts = alerts;
  }

  @Operation(summary = "Credential dates coming up within a window, or passed (manager)",
      description = "CCP certification expiries and board-eligible deadlines up to withinDays (default 90) after "
          + "today in the department's clock, and those already passed (daysLeft negative, passed true), soonest "
          + "first. The same dates are sent to the person and the chief perfusionist ahead of time "
          + "(onpump.credentials.lead-days).")
  @GetMapping("/api/v1/departments/{departmentId}/credential-alerts")
  CredentialAlertList alerts(@PathVariable String departmentId,
      @Parameter(description = "0 to 3650 days; default 90") @RequestParam(required = false) String withinDays) {
    access.requireManagerOf(departmentId);
    int window = window(withinDays);
    if (!directory.departmentExists(departmentId)) {
      throw new NotFoundException("Unknown department", "No department '" + departmentId + "' is known to OnPump");
    }
    LocalDate today = alerts.today(departmentId);
    return new CredentialAlertList(departmentId, today, window, alerts.within(departmentId, today, window));
  }

  /** The alerts, and the day and window they were found for. */
  record CredentialAlertList(String departmentId, LocalDate today, int withinDays, List<CredentialAlert> alerts) {}

  private static int window(String withinDays) {
    if (withinDays == null || withinDays.isBlank()) {
      return 90;
    }
    try {
      int days = Integer.parseInt(withinDays.trim());
      if (days >= 0 && days <= LONGEST_WINDOW) {
        return days;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new InvalidRequestException("Invalid credential-alert query", List.of(new FieldViolation("withinDays",
        "'" + withinDays + "' is not a whole number of days from 0 to " + LONGEST_WINDOW)));
  }
}
