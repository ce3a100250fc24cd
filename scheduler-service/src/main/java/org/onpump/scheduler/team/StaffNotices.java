package org.onpump.scheduler.team;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.onpump.scheduler.department.Hospital;
import org.onpump.scheduler.department.HospitalDirectory;
import org.onpump.scheduler.outbox.OutboxRepository;
import org.onpump.scheduler.staff.Perfusionist;
import org.onpump.shared.event.NotificationRequested;
import org.onpump.shared.event.OnPumpEvent;
import org.onpump.shared.kafka.Topics;
import org.springframework.stereotype.Component;

/**
 * Routine notices to one person of a department about their staffing (a time-off decision, a credential running
 * out), queued through the outbox in the caller's transaction. Each notice's id derives from what it is about, so
 * that it is queued once. No patient data ever goes into them.
 */
@Component
public class StaffNotices {

  private final HospitalDirectory directory;
  private final OutboxRepository outbox;

  StaffNotices(HospitalDirectory directory, OutboxRepository outbox) {
    this.directory = directory;
    this.outbox = outbox;
  }

  /**
   * @param about what the notice is about, unique per notice to this person (say {@code time-off-decision:<id>})
   * @param cause the id of what caused it (a request id, say)
   * @return true when it was queued now, false when it had been before
   */
  public boolean tell(String departmentId, Perfusionist person, String about, UUID cause, String subject,
      String message, Instant now) {
    UUID id = UUID.nameUUIDFromBytes((about + ":" + person.id()).getBytes(StandardCharsets.UTF_8));
    NotificationRequested notice = new NotificationRequested(id, now, "onpump-scheduler",
        hospitalFor(departmentId, person), departmentId, OnPumpEvent.SCHEMA_VERSION, cause, person.toStaffMember(),
        NotificationRequested.Urgency.ROUTINE, subject, message);
    return outbox.appendOnce(Topics.NOTIFICATION_REQUESTS, notice, false, now);
  }

  /** The department's clock: that of its first hospital (UTC for a department without one). */
  public ZoneId zoneOf(String departmentId) {
    List<Hospital> hospitals = directory.hospitals(departmentId);
    return hospitals.isEmpty() ? ZoneOffset.UTC : hospitals.get(0).zone();
  }

  /** Events name a hospital: one where the person works, else the department's first, else the department. */
  private String hospitalFor(String departmentId, Perfusionist person) {
    return person.privileges().stream().sorted().findFirst()
        .or(() -> directory.hospitals(departmentId).stream().map(Hospital::id).findFirst())
        .orElse(departmentId);
  }
}
