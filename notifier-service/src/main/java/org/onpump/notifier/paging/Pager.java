package org.onpump.notifier.paging;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.onpump.notifier.audit.AuditEntry.Action;
import org.onpump.notifier.audit.AuditLog;
import org.onpump.notifier.notification.NewNotification;
import org.onpump.notifier.notification.NotificationRecorder;
import org.onpump.shared.event.FieldViolation;
import org.onpump.shared.event.NotificationRequested;
import org.onpump.shared.event.PageRequest;
import org.onpump.shared.event.StaffMember;
import org.onpump.shared.json.InvalidEventException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opens a page: stores it with the people its chain may reach, plans every escalation step of the department's
 * chain as a timer, and records the first notification with its acknowledgement link, all in one transaction. The
 * request's id is the page's, so a redelivered request pages nobody again.
 */
@Service
public class Pager {

  private static final Logger log = LoggerFactory.getLogger(Pager.class);

  private final PageRepository pages;
  private final EscalationPolicies policies;
  private final NotificationRecorder recorder;
  private final AckLinks links;
  private final PagingProperties properties;
  private final AuditLog audit;
  private final Clock clock;

  Pager(PageRepository pages, EscalationPolicies policies, NotificationRecorder recorder, AckLinks links,
      PagingProperties properties, AuditLog audit, Clock clock) {
    this.pages = pages;
    this.policies = policies;
    this.recorder = recorder;
    this.links = links;
    this.properties = properties;
    this.audit = audit;
    this.clock = clock;
  }

  /** True when the page is new; false when it was opened before. */
  @Transactional
  public boolean open(NotificationRequested request) {
    List<FieldViolation> violations = request.violations();
    if (!violations.isEmpty()) {
      throw new InvalidEventException(violations);
    }
    Instant now = clock.instant();
    UUID pageId = request.eventId();
    if (!pages.insertIfAbsent(request, NotificationRecorder.subjectLine(request.subject()), now)) {
      log.info("Page {} was opened before; nothing to do", pageId);
      return false;
    }
    pages.insertContact(pageId, EscalationStep.Target.PAGED, request.recipient());
    for (PageRequest.Escalation escalation : request.page().escalation()) {
      pages.insertContact(pageId, EscalationStep.Target.valueOf(escalation.role().name()), escalation.person());
    }
    List<EscalationStep> chain = policies.chain(request.departmentId(), request.page().kind());
    Instant due = now;
    for (int step = 1; step <= chain.size(); step++) {
      due = due.plus(chain.get(step - 1).after());
      pages.insertTimer(pageId, step, chain.get(step - 1).target(), due);
    }
    audit.page(request.departmentId(), pageId, Action.PAGE_OPENED, request.recipient().perfusionistId(), null,
        request.page().kind() + " page, " + chain.size() + " escalation steps planned", now);
    recorder.enqueue(notification(pageId, request.causationEventId(), request.departmentId(),
        request.hospitalId(), pageId, request.recipient(), request.subject(), request.message(), now));
    log.info("Page {} ({}) opened for {} with {} escalation steps", pageId, request.page().kind(),
        request.recipient().perfusionistId(), chain.size());
    return true;
  }

  /** The page's notification to one person, with their own acknowledgement link. */
  NewNotification notification(UUID pageId, UUID causationEventId, String departmentId, String hospitalId,
      UUID notificationId, StaffMember person, String subject, String message, Instant now) {
    return new NewNotification(notificationId, causationEventId, person.perfusionistId(), departmentId, hospitalId,
        NotificationRequested.Urgency.URGENT, person.methodsFor(true),
        NotificationRecorder.subjectLine(subject), message, true, pageId,
        links.url(notificationId, now.plus(properties.linkTtl())), null);
  }

  /** The id of a step's notification: derived, so that a step fired twice could never page twice. */
  static UUID stepNotificationId(UUID pageId, int step) {
    return UUID.nameUUIDFromBytes(("page-step:" + pageId + ":" + step).getBytes(StandardCharsets.UTF_8));
  }
}
