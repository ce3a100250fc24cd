package org.onpump.scheduler.credentials;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Map;
import java.util.UUID;
import org.onpump.scheduler.department.HospitalDirectory;
import org.onpump.scheduler.staff.Perfusionist;
import org.onpump.scheduler.staff.StaffRepository;
import org.onpump.scheduler.team.StaffNotices;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Tells each person, and their department's chief perfusionist, ahead of a certification expiry or board-eligible
 * deadline: once per person, date and lead ({@code onpump.credentials.lead-days}). What was sent is remembered in
 * the transaction that queues the notices, so that several scheduler instances send each alert once.
 */
@Component
class CredentialAlertJob {

  private static final Logger log = LoggerFactory.getLogger(CredentialAlertJob.class);

  private final CredentialAlerts alerts;
  private final StaffRepository staff;
  private final HospitalDirectory directory;
  private final StaffNotices notices;
  private final TransactionTemplate transaction;
  private final CredentialAlertProperties properties;
  private final Clock clock;

  CredentialAlertJob(CredentialAlerts alerts, StaffRepository staff, HospitalDirectory directory,
      StaffNotices notices, TransactionTemplate transaction, CredentialAlertProperties properties, Clock clock) {
    this.alerts = alerts;
    this.staff = staff;
    this.directory = directory;
    this.notices = notices;
    this.transaction = transaction;
    this.properties = properties;
    this.clock = clock;
  }

  /** Sends the alerts due in every department, each department in a transaction of its own; returns how many. */
  @Scheduled(fixedDelayString = "${onpump.credentials.alert-check:1h}",
      initialDelayString = "${onpump.credentials.alert-check:1h}")
  public int sendDue() {
    int sent = 0;
    for (String departmentId : alerts.departments()) {
      try {
        sent += transaction.execute(status -> sendDue(departmentId, clock.instant()));
      } catch (RuntimeException e) {
        log.warn("Credential alerts for department {} failed; retried at the next check", departmentId, e);
      }
    }
    return sent;
  }

  /** Sends the department's alerts due now: at each date's shortest lead reached. */
  int sendDue(String departmentId, Instant now) {
    int longest = Collections.max(properties.leadDays());
    LocalDate today = alerts.today(departmentId);
    Map<String, Perfusionist> people = null;
    int sent = 0;
    for (CredentialAlert alert : alerts.within(departmentId, today, longest)) {
      int lead = properties.leadDays().stream().filter(days -> alert.daysLeft() <= days).min(Integer::compare)
          .orElseThrow();
      if (!alerts.remember(alert, lead, now)) {
        continue;
      }
      people = people == null ? staff.departmentStaffById(departmentId) : people;
      tell(departmentId, people, alert, lead, now);
      sent++;
    }
    return sent;
  }

  private void tell(String departmentId, Map<String, Perfusionist> people, CredentialAlert alert, int lead,
      Instant now) {
    String about = "credential-alert:" + alert.perfusionistId() + ":" + alert.credential() + ":" + alert.date() + ":"
        + lead;
    Perfusionist person = people.get(alert.perfusionistId());
    String subject = alert.passed() ? "OnPump: credential date passed" : "OnPump: credential date coming up";
    if (person != null) {
      notices.tell(departmentId, person, about, cause(about), subject,
          person.displayName() + ", your " + alert.describe() + "."
              + (alert.passed() ? " You are not rostered for clinical work until it is renewed." : ""), now);
    }
    directory.chiefOf(departmentId).map(people::get).filter(chief -> !chief.id().equals(alert.perfusionistId()))
        .ifPresent(chief -> notices.tell(departmentId, chief, about, cause(about),
            subject + " for " + alert.displayName(),
            chief.displayName() + ", " + alert.displayName() + "'s " + alert.describe() + ".", now));
    log.info("Credential alert {} sent", about);
  }

  private static UUID cause(String about) {
    return UUID.nameUUIDFromBytes(about.getBytes(StandardCharsets.UTF_8));
  }
}
