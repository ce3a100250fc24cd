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
import org.onpump.scheduler.assignment.Assignment;
import org.onpump.scheduler.assignment.AssignmentRepository;
import org.onpump.scheduler.cases.CaseKey;
import org.onpump.scheduler.cases.PumpCase;
import org.onpump.scheduler.cases.PumpCaseRepository;
import org.onpump.scheduler.department.HospitalDirectory;
import org.onpump.scheduler.oncall.OnCallTeam;
import org.onpump.scheduler.outbox.OutboxRepository;
import org.onpump.scheduler.staff.Perfusionist;
import org.onpump.scheduler.staff.StaffRepository;
import org.onpump.shared.event.AssignmentChanged.AssignmentRole;
import org.onpump.shared.event.EmergencyBypassRequested;
import org.onpump.shared.event.NotificationRequested;
import org.onpump.shared.event.OnPumpEvent;
import org.onpump.shared.event.PageRequest;
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
  static final String BY_LISTENER = "listener";
  static final String BY_FAST_LANE = "fast-lane";
  private static final Logger log = LoggerFactory.getLogger(EmergencyPager.class);

  private final EmergencyResponders responders;
  private final StaffRepository staff;
  private final PumpCaseRepository cases;
  private final AssignmentRepository assignments;
  private final OutboxRepository outbox;
  private final EmergencyPages pages;
  private final HospitalDirectory directory;
  private final MeterRegistry meters;
  private final OnCallTeam onCallTeam;

  EmergencyPager(EmergencyResponders responders, StaffRepository staff, PumpCaseRepository cases,
      AssignmentRepository assignments, OutboxRepository outbox, EmergencyPages pages, HospitalDirectory directory,
      MeterRegistry meters, OnCallTeam onCallTeam) {
    this.onCallTeam = onCallTeam;
    this.pages = pages;
    this.directory = directory;
    this.responders = responders;
    this.staff = staff;
    this.cases = cases;
    this.assignments = assignments;
    this.outbox = outbox;
    this.meters = meters;
  }

  /**
   * For the department's listener, in the transaction that applies the emergency: pins the responder to the case's
   * primary seat, paging them unless the fast lane ({@link #pageAhead}) paged them already. Returns who holds it,
   * empty when nobody could be paged.
   */
  public Optional<Perfusionist> page(EmergencyBypassRequested emergency, Instant now) {
    Map<String, Perfusionist> people = people(emergency);
    Optional<EmergencyPages.Decision> decided = pages.find(emergency.eventId());
    if (decided.isPresent()) {
      Optional<Perfusionist> responder = decided.get().responderId().map(people::get);
      responder.ifPresent(person -> pin(emergency, person, now));
      return responder;
    }
    Optional<Choice> choice = choose(emergency, people, now);
    if (!pages.record(emergency, choice.map(c -> c.person().id()).orElse(null),
        choice.map(Choice::kind).orElse(null), BY_LISTENER, now)) {
      // Decided meanwhile (not while both hold the department's lock, but never page twice): take that decision.
      return page(emergency, now);
    }
    choice.ifPresentOrElse(chosen -> {
      pin(emergency, chosen.person(), now);
      send(emergency, chosen, now);
    }, () -> {
      // Told here only, where the outcome is final (the fast lane leaves an emergency it cannot page to this).
      meters.counter("onpump.emergency.pages", "responder", "none").increment();
      log.error("Emergency {} at hospital {}: nobody could be paged (nobody qualified and free); the solver will "
          + "try to fill its seat", emergency.caseId(), emergency.hospitalId());
    });
    return choice.map(Choice::person);
  }

  /**
   * For the fast lane, in a transaction of its own, as soon as the emergency is on Kafka: pages the responder
   * unless the emergency was decided already. The case is not stored yet: the department's listener pins the
   * responder when it applies the event. Returns whether this call paged someone.
   */
  public boolean pageAhead(EmergencyBypassRequested emergency, Instant now) {
    // The department's row lock orders this with the listener's transaction that applies the same event.
    if (!directory.lock(emergency.departmentId()) || pages.find(emergency.eventId()).isPresent()
        || cases.find(CaseKey.of(emergency)).isPresent()) {
      // Unknown department, decided already, or a case that exists: the listener handles it (and refuses an
      // emergency naming a known case).
      return false;
    }
    Map<String, Perfusionist> people = people(emergency);
    Optional<Choice> choice = choose(emergency, people, now);
    if (choice.isEmpty()) {
      // Left to the department's listener, which decides again with the case stored and records the outcome.
      return false;
    }
    if (!pages.record(emergency, choice.get().person().id(), choice.get().kind(), BY_FAST_LANE, now)) {
      return false;
    }
    send(emergency, choice.get(), now);
    return true;
  }

  private Map<String, Perfusionist> people(EmergencyBypassRequested emergency) {
    return staff.departmentStaffById(emergency.departmentId());
  }

  private Optional<Choice> choose(EmergencyBypassRequested emergency, Map<String, Perfusionist> people,
      Instant now) {
    // On a pump now, or paged by the fast lane for an emergency not stored yet.
    Set<String> busy = responders.onPumpAt(emergency.departmentId(), now);
    busy.addAll(pages.pagedNotYetStored(emergency.departmentId(), now));
    LocalDate today = LocalDate.ofInstant(now, ZoneId.of(emergency.hospitalTimeZone()));
    OnCallTeam.Team team = onCallTeam.at(emergency.hospitalId(), emergency.departmentId(), now, people);
    for (Responder kind : responders.order(emergency.departmentId())) {
      Optional<Perfusionist> found = candidates(kind, emergency, people, team).stream()
          .filter(p -> p.isCompetentFor(emergency.requiredCompetency()) && p.isPrivilegedAt(emergency.hospitalId())
              && !p.isStudent() && p.isCertifiedOn(today) && !p.isOffDuring(now, now.plusSeconds(60))
              && !busy.contains(p.id()))
          .findFirst();
      if (found.isPresent()) {
        return Optional.of(new Choice(found.get(), kind, team));
      }
    }
    return Optional.empty();
  }

  private static List<Perfusionist> candidates(Responder kind, EmergencyBypassRequested emergency,
      Map<String, Perfusionist> people, OnCallTeam.Team team) {
    return switch (kind) {
      case FIRST_CALL -> team.firstCall() == null ? List.of() : List.of(team.firstCall().person());
      case SECOND_CALL -> team.secondCall() == null ? List.of() : List.of(team.secondCall().person());
      case NEAREST_FREE -> people.values().stream()
          .sorted(Comparator.comparingInt((Perfusionist p) -> p.minutesFromHomeTo(emergency.hospitalId()))
              .thenComparing(Perfusionist::id))
          .toList();
    };
  }

  private void pin(EmergencyBypassRequested emergency, Perfusionist responder, Instant now) {
    PumpCase pumpCase = cases.find(CaseKey.of(emergency)).orElseThrow();
    Assignment seat = Assignment.of(pumpCase, AssignmentRole.PRIMARY, responder.id());
    assignments.save(emergency.departmentId(), seat, now);
    assignments.pin(seat);
  }

  private void send(EmergencyBypassRequested emergency, Choice chosen, Instant now) {
    // Who the notifier escalates to while nobody acknowledges: the second call now, then the chief.
    PageRequest page = new PageRequest(PageRequest.Kind.EMERGENCY, chosen.team().escalationAfter(chosen.person()));
    outbox.appendUrgent(Topics.NOTIFICATION_REQUESTS, page(emergency, chosen.person(), chosen.kind(), page, now),
        now);
    meters.counter("onpump.emergency.pages", "responder", chosen.kind().name().toLowerCase(Locale.ROOT)).increment();
    log.info("Emergency {} at hospital {}: paged {} ({})", emergency.caseId(), emergency.hospitalId(),
        chosen.person().id(), chosen.kind());
  }

  /** The page; its id derives from the emergency's, so a replayed emergency can never page twice. */
  private static NotificationRequested page(EmergencyBypassRequested emergency, Perfusionist responder,
      Responder kind, PageRequest pageRequest, Instant now) {
    UUID id = UUID.nameUUIDFromBytes(("emergency-page:" + emergency.eventId()).getBytes(StandardCharsets.UTF_8));
    String subject = "EMERGENCY bypass at " + emergency.hospitalId() + ", " + emergency.location();
    String message = "Emergency " + emergency.procedureType() + " at " + emergency.hospitalId() + ", "
        + emergency.location() + " (case " + emergency.caseId() + "), needs " + emergency.requiredCompetency()
        + ". You are paged as " + kind.describe() + ": go now and acknowledge this page.";
    return new NotificationRequested(id, now, SOURCE, emergency.hospitalId(), emergency.departmentId(),
        OnPumpEvent.SCHEMA_VERSION, emergency.eventId(), responder.toStaffMember(),
        NotificationRequested.Urgency.URGENT, subject, message, pageRequest);
  }

  /** The responder chosen, as what, and who was on call then (the page's escalation). */
  private record Choice(Perfusionist person, Responder kind, OnCallTeam.Team team) {}
}
