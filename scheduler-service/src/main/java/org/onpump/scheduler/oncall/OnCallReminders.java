package org.onpump.scheduler.oncall;

import static org.onpump.scheduler.SqlInstants.toSql;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.onpump.scheduler.SqlInstants;
import org.onpump.scheduler.department.HospitalDirectory;
import org.onpump.scheduler.outbox.OutboxRepository;
import org.onpump.scheduler.staff.Perfusionist;
import org.onpump.scheduler.staff.StaffRepository;
import org.onpump.shared.event.NotificationRequested;
import org.onpump.shared.event.OnPumpEvent;
import org.onpump.shared.kafka.Topics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reminds each holder of an on-call seat {@code onpump.reminders.on-call-lead} before it starts (zero: never), with
 * a routine notice through the outbox. The seat row records whom it reminded, in the same transaction, so that
 * with several scheduler instances each holder is reminded once, and a new holder is reminded too.
 */
@Component
class OnCallReminders {

  private static final Logger log = LoggerFactory.getLogger(OnCallReminders.class);
  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM HH:mm", Locale.ENGLISH);

  private final JdbcClient jdbc;
  private final StaffRepository staff;
  private final HospitalDirectory directory;
  private final OutboxRepository outbox;
  private final Clock clock;
  private final Duration lead;

  OnCallReminders(JdbcClient jdbc, StaffRepository staff, HospitalDirectory directory, OutboxRepository outbox,
      Clock clock, @Value("${onpump.reminders.on-call-lead:3h}") Duration lead) {
    this.jdbc = jdbc;
    this.staff = staff;
    this.directory = directory;
    this.outbox = outbox;
    this.clock = clock;
    this.lead = lead;
  }

  /** Sends the reminders that are due; returns how many. */
  @Scheduled(fixedDelayString = "${onpump.reminders.interval:1m}",
      initialDelayString = "${onpump.reminders.interval:1m}")
  @Transactional
  public int remindDue() {
    if (lead.isZero() || lead.isNegative()) {
      return 0;
    }
    Instant now = clock.instant();
    List<Due> due = jdbc.sql("""
            UPDATE on_call_seat SET reminded_holder = perfusionist_id
             WHERE perfusionist_id IS NOT NULL AND starts_at > ? AND starts_at <= ?
               AND reminded_holder IS DISTINCT FROM perfusionist_id
            RETURNING seat_id, department_id, hospital_id, role, starts_at, ends_at, perfusionist_id""")
        .params(toSql(now), toSql(now.plus(lead)))
        .query((row, n) -> new Due(row.getString("seat_id"), row.getString("department_id"),
            row.getString("hospital_id"), OnCallSeat.Role.valueOf(row.getString("role")),
            SqlInstants.read(row, "starts_at"), SqlInstants.read(row, "ends_at"), row.getString("perfusionist_id")))
        .list();
    Map<String, Map<String, Perfusionist>> people = new HashMap<>();
    Map<String, ZoneId> zones = new HashMap<>();
    for (Due seat : due) {
      Perfusionist holder = people.computeIfAbsent(seat.departmentId(), staff::departmentStaffById)
          .get(seat.holder());
      if (holder == null) {
        continue;
      }
      if (!zones.containsKey(seat.hospitalId())) {
        directory.hospitals(seat.departmentId()).forEach(h -> zones.put(h.id(), h.zone()));
      }
      ZoneId zone = zones.getOrDefault(seat.hospitalId(), ZoneOffset.UTC);
      outbox.appendOnce(Topics.NOTIFICATION_REQUESTS, reminder(seat, holder, zone, now), false, now);
      log.info("Reminded {} of on-call seat {}", holder.id(), seat.seatId());
    }
    return due.size();
  }

  /** The reminder; its id derives from the seat, the holder and the start, so that it is sent once. */
  static NotificationRequested reminder(Due seat, Perfusionist holder, ZoneId zone, Instant now) {
    UUID id = UUID.nameUUIDFromBytes(("on-call-reminder:" + seat.seatId() + ":" + holder.id() + ":" + seat.start())
        .getBytes(StandardCharsets.UTF_8));
    UUID cause = UUID.nameUUIDFromBytes(("on-call-seat:" + seat.seatId()).getBytes(StandardCharsets.UTF_8));
    String role = seat.role() == OnCallSeat.Role.FIRST_CALL ? "first call" : "second call";
    String from = WHEN.format(seat.start().atZone(zone));
    String to = WHEN.format(seat.end().atZone(zone));
    return new NotificationRequested(id, now, "onpump-scheduler", seat.hospitalId(), seat.departmentId(),
        OnPumpEvent.SCHEMA_VERSION, cause, holder.toStaffMember(), NotificationRequested.Urgency.ROUTINE,
        "OnPump: reminder, you are " + role + " from " + from,
        holder.displayName() + ", a reminder: you are " + role + " at " + seat.hospitalId() + " from " + from
            + " to " + to + " (" + zone.getId() + " time).");
  }

  /** A seat whose holder is to be reminded. */
  record Due(String seatId, String departmentId, String hospitalId, OnCallSeat.Role role, Instant start, Instant end,
      String holder) {}
}
