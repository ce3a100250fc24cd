package org.onpump.infra.benchmarks;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.onpump.shared.event.CaseCancelled;
import org.onpump.shared.event.Competency;
import org.onpump.shared.event.EmergencyBypassRequested;
import org.onpump.shared.event.OnPumpEvent;

/**
 * Emergencies one at a time, at the department's hospitals in turn: posts an {@code EmergencyBypassRequested},
 * waits for its page to reach the mailbox, then calls the emergency off (a {@code CaseCancelled}) so that the next
 * one, at least the interval later, finds its responder free again.
 *
 * <p>The page is the first email about the emergency: the email of an urgent {@code NotificationRequested} whose
 * causation is the emergency's event id (the fast path), or else an email naming the emergency's case, which is how
 * the roster's own assignment notice for it reads (the path without a fast path).
 */
final class EmergencyProbe {

  static final String CASE_PREFIX = "EMERG-";

  private final SeededDepartment department;
  private final IntakeClient intake;
  private final PipelineObserver observer;
  private final Mailbox mailbox;

  EmergencyProbe(SeededDepartment department, IntakeClient intake, PipelineObserver observer, Mailbox mailbox) {
    this.department = department;
    this.intake = intake;
    this.observer = observer;
    this.mailbox = mailbox;
  }

  private final List<Posted> posted = new ArrayList<>();

  /** Posts {@code count} emergencies, each at least {@code interval} after the last, waiting up to {@code wait}. */
  void run(int count, Duration interval, Duration wait) {
    String run = UUID.randomUUID().toString().substring(0, 8);
    for (int i = 0; i < count; i++) {
      long next = System.nanoTime() + interval.toNanos();
      SeededDepartment.Site site = department.hospitals().get(i % department.hospitals().size());
      String caseId = CASE_PREFIX + run + "-" + (i + 1);
      EmergencyBypassRequested emergency = new EmergencyBypassRequested(UUID.randomUUID(), Instant.now(),
          LiveCase.SOURCE, site.id(), department.id(), OnPumpEvent.SCHEMA_VERSION, caseId, "EMERGENCY_CPB",
          Competency.ADULT_CPB, "OR-1", 60, site.zone().getId());
      IntakeClient.Answer answer = intake.post(emergency);
      if (answer.accepted()) {
        awaitPage(emergency, wait);
      }
      posted.add(new Posted(emergency, answer));
      intake.post(new CaseCancelled(UUID.randomUUID(), Instant.now(), LiveCase.SOURCE, site.id(), department.id(),
          OnPumpEvent.SCHEMA_VERSION, caseId));
      Pause.untilNanos(next);
    }
  }

  /**
   * Every emergency posted, with its page as known now: asked after the run, a page that came after the wait still
   * counts (with its real latency), and the path is told by everything the observer has read by then.
   */
  List<Sample> samples() {
    return posted.stream().map(p -> new Sample(p.emergency().eventId(), p.emergency().hospitalId(), p.answer(),
        p.answer().accepted() ? pageOf(p.emergency()) : null,
        observer.firstUrgentRequestCausedBy(p.emergency().eventId()))).toList();
  }

  private void awaitPage(EmergencyBypassRequested emergency, Duration wait) {
    long deadline = System.nanoTime() + wait.toNanos();
    while (System.nanoTime() < deadline && pageOf(emergency) == null) {
      Pause.millis(2);
    }
  }

  /** The earliest email about the emergency so far, and which path it came by. */
  private Page pageOf(EmergencyBypassRequested emergency) {
    Long direct = null;
    for (UUID notification : observer.urgentNotificationsCausedBy(emergency.eventId())) {
      Long arrival = mailbox.arrivalOf(notification);
      if (arrival != null && (direct == null || arrival < direct)) {
        direct = arrival;
      }
    }
    Long mentioned = mailbox.arrivalMentioning(emergency.caseId());
    if (direct != null && (mentioned == null || direct <= mentioned)) {
      return new Page(direct, true);
    }
    return mentioned == null ? null : new Page(mentioned, false);
  }

  private record Posted(EmergencyBypassRequested emergency, IntakeClient.Answer answer) {}

  /** When the page was handed to the mail server, and whether it came by the fast path. */
  record Page(long arrivedNanos, boolean fastPath) {}

  /**
   * One emergency: where, the intake's answer, its page (null: none), and when the urgent {@code
   * NotificationRequested} it caused was read from its topic (null: none), which splits the path in two: the
   * scheduler's part (202 to the request on Kafka) and the notifier's (request to the mail server).
   */
  record Sample(UUID eventId, String hospitalId, IntakeClient.Answer answer, Page page, Long requestReadNanos) {
    Long latencyNanos() {
      return page == null || !answer.accepted() ? null : page.arrivedNanos() - answer.answeredNanos();
    }

    Long schedulerPartNanos() {
      return requestReadNanos == null || !answer.accepted() ? null : requestReadNanos - answer.answeredNanos();
    }
  }
}
