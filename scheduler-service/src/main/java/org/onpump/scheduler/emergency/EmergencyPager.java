package org.onpump.scheduler.emergency;

import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.onpump.scheduler.assignment.Assignment;
import org.onpump.scheduler.assignment.AssignmentRepository;
import org.onpump.scheduler.cases.CaseKey;
import org.onpump.scheduler.cases.PumpCase;
import org.onpump.scheduler.cases.PumpCaseRepository;
import org.onpump.scheduler.outbox.OutboxRepository;
import org.onpump.scheduler.staff.Perfusionist;
import org.onpump.scheduler.staff.StaffRepository;
import org.onpump.shared.event.AssignmentChanged.AssignmentRole;
import org.onpump.shared.event.EmergencyBypassRequested;
import org.onpump.shared.event.NotificationRequested;
import org.onpump.shared.event.OnPumpEvent;
import org.onpump.shared.kafka.Topics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The emergency fast path: pages the responder of an emergency bypass in the transaction that records it, before
 * any solving. The responder is the first of the department's {@code emergency_responders} order (default first
 * call, second call, nearest free) who has the case's competency and privileges at the hospital, is certified,
 * not on time off and not on a pump now. They hold the case's primary seat, pinned, and the solver repairs the rest
 * of the plan around them (tomorrow's first case, if they were on call tonight).
 */
@Component
public class EmergencyPager {

  static final String SOURCE = "onpump-scheduler";
  private static final Logger log = LoggerFactory.getLogger(EmergencyPager.class);

  private final EmergencyResponders responders;
  private final StaffRepository staff;
  private final PumpCaseRepository cases;
  private final AssignmentRepository assignments;
  private final OutboxRepository outbox;
  private final MeterRegistry meters;

  EmergencyPager(EmergencyResponders responders, StaffRepository staff, PumpCaseRepository cases,
      AssignmentRepository assignments, OutboxRepository outbox, MeterRegistry meters) {
    this.responders = responders;
    this.staff = staff;
    this.cases = cases;
    this.assignments = assignments;
    this.outbox = outbox;
    this.meters = meters;
  }

  /** Pages the responder (in the caller's transaction); returns who was paged, empty when nobody could be. */
  public Optional<Perfusionist> page(EmergencyBypassRequested emergency, Instant now) {
    Map<String, Perfusionist> people = staff.departmentStaff(emergency.departmentId()).stream()
        .collect(Collectors.toMap(Perfusionist::id, Function.identity()));
    Set<String> busy = responders.onPumpAt(emergency.departmentId(), now);
    LocalDate today = LocalDate.ofInstant(now, ZoneId.of(emergency.hospitalTimeZone()));
    for (Responder kind : responders.order(emergency.departmentId())) {
      Optional<Perfusionist> found = candidates(kind, emergency, people, now).stream()
          .filter(p -> p.isCompetentFor(emergency.requiredCompetency()) && p.isPrivilegedAt(emergency.hospitalId())
              && !p.isStudent() && p.isCertifiedOn(today) && !p.isOffDuring(now, now.plusSeconds(60))
              && !busy.contains(p.id()))
          .findFirst();
      if (found.isPresent()) {
        assign(emergency, found.get(), kind, now);
        return found;
      }
    }
    meters.counter("onpump.emergency.pages", "responder", "none").increment();
    log.error("Emergency {} at hospital {}: nobody could be paged (nobody qualified and free); the solver will try "
        + "to fill its seat", emergency.caseId(), emergency.hospitalId());
    return Optional.empty();
  }

  private List<Perfusionist> candidates(Responder kind, EmergencyBypassRequested emergency,
      Map<String, Perfusionist> people, Instant now) {
    return switch (kind) {
      case FIRST_CALL, SECOND_CALL -> responders.onCallAt(emergency.hospitalId(), kind, now).stream()
          .map(people::get).filter(p -> p != null).toList();
      case NEAREST_FREE -> people.values().stream()
          .sorted(Comparator.comparingInt((Perfusionist p) -> p.minutesFromHomeTo(emergency.hospitalId()))
              .thenComparing(Perfusionist::id))
          .toList();
    };
  }

  private void assign(EmergencyBypassRequested emergency, Perfusionist responder, Responder kind, Instant now) {
    PumpCase pumpCase = cases.find(CaseKey.of(emergency)).orElseThrow();
    Assignment seat = Assignment.of(pumpCase, AssignmentRole.PRIMARY, responder.id());
    assignments.save(emergency.departmentId(), seat, now);
    assignments.pin(seat);
    outbox.appendUrgent(Topics.NOTIFICATION_REQUESTS, page(emergency, responder, kind, now), now);
    meters.counter("onpump.emergency.pages", "responder", kind.name().toLowerCase(Locale.ROOT)).increment();
    log.info("Emergency {} at hospital {}: paged {} ({})", emergency.caseId(), emergency.hospitalId(),
        responder.id(), kind);
  }

  /** The page; its id derives from the emergency's, so a replayed emergency can never page twice. */
  private static NotificationRequested page(EmergencyBypassRequested emergency, Perfusionist responder,
      Responder kind, Instant now) {
    UUID id = UUID.nameUUIDFromBytes(("emergency-page:" + emergency.eventId()).getBytes(StandardCharsets.UTF_8));
    String subject = "EMERGENCY bypass at " + emergency.hospitalId() + ", " + emergency.location();
    String message = "Emergency " + emergency.procedureType() + " at " + emergency.hospitalId() + ", "
        + emergency.location() + " (case " + emergency.caseId() + "), needs " + emergency.requiredCompetency()
        + ". You are paged as " + kind.describe() + ": go now and acknowledge this page.";
    return new NotificationRequested(id, now, SOURCE, emergency.hospitalId(), emergency.departmentId(),
        OnPumpEvent.SCHEMA_VERSION, emergency.eventId(), responder.toStaffMember(),
        NotificationRequested.Urgency.URGENT, subject, message);
  }
}
