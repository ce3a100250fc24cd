package org.onpump.scheduler.oncall;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.onpump.scheduler.outbox.OutboxRepository;
import org.onpump.scheduler.staff.Perfusionist;
import org.onpump.shared.event.NotificationRequested;
import org.onpump.shared.event.OnPumpEvent;
import org.onpump.shared.event.PageRequest;
import org.onpump.shared.kafka.Topics;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.web.server.ResponseStatusException;

/**
 * Pages whoever is on call at a hospital now: first call, else second call, else the chief perfusionist, with the
 * others (in that order) as the page's escalation. The page goes through the outbox like every other message.
 */
@Service
public class OnCallPager {

  private final OnCallTeam team;
  private final OutboxRepository outbox;
  private final Clock clock;

  OnCallPager(OnCallTeam team, OutboxRepository outbox, Clock clock) {
    this.team = team;
    this.outbox = outbox;
    this.clock = clock;
  }

  Paged page(String hospitalId, String departmentId, UUID requestId, String reason, String callback) {
    Instant now = clock.instant();
    OnCallTeam.Team onCall = team.at(hospitalId, departmentId, now);
    Perfusionist paged = onCall.firstCall() != null ? onCall.firstCall().person()
        : onCall.secondCall() != null ? onCall.secondCall().person() : onCall.chief();
    if (paged == null) {
      throw new ResponseStatusException(HttpStatus.CONFLICT, "Nobody can be paged: no first or second call covers "
          + hospitalId + " now and the department names no chief perfusionist. Call the department.");
    }
    List<PageRequest.Escalation> escalation = onCall.escalationAfter(paged);
    UUID pageId = UUID.nameUUIDFromBytes(("on-call-page:" + hospitalId + ":" + departmentId + ":" + requestId)
        .getBytes(StandardCharsets.UTF_8));
    String message = "You are paged as the perfusionist on call at " + hospitalId + ": " + reason
        + (callback == null || callback.isBlank() ? "" : ". Call back: " + callback)
        + ". Acknowledge this page.";
    // A retried request (the same requestId) queues nothing more: the page's id is derived from it.
    outbox.appendOnce(Topics.NOTIFICATION_REQUESTS, new NotificationRequested(pageId, now, "onpump-scheduler",
        hospitalId, departmentId, OnPumpEvent.SCHEMA_VERSION, requestId, paged.toStaffMember(),
        NotificationRequested.Urgency.URGENT, "ON-CALL page for " + hospitalId, message,
        new PageRequest(PageRequest.Kind.ON_CALL, escalation)), true, now);
    return new Paged(pageId, paged.id(), escalation.stream()
        .map(e -> e.role() + " " + e.person().perfusionistId()).toList());
  }

  /** What the caller gets back: the page (at the notifier), who was paged, and who it escalates to. */
  public record Paged(UUID pageId, String paged, List<String> escalation) {}
}
