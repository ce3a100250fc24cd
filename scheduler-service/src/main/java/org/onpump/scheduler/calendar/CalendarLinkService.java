package org.onpump.scheduler.calendar;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.onpump.scheduler.audit.WorkflowAudit;
import org.onpump.shared.security.Caller;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issues and revokes calendar links, each with its audit line in the same transaction. The link's URL is the only
 * place its token ever appears: it is answered once, to whoever created it.
 */
@Service
class CalendarLinkService {

  private final CalendarLinks links;
  private final WorkflowAudit audit;
  private final Clock clock;
  private final String publicUrl;

  CalendarLinkService(CalendarLinks links, WorkflowAudit audit, Clock clock,
      @Value("${onpump.web.public-url:http://localhost:8080}") String publicUrl) {
    this.links = links;
    this.audit = audit;
    this.clock = clock;
    this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
  }

  /** @param perfusionistId whose feed; null for the department's feed */
  @Transactional
  public IssuedLink issue(Caller caller, String departmentId, String perfusionistId) {
    String token = CalendarTokens.newToken();
    Instant now = clock.instant();
    CalendarLink link = links.create(departmentId, perfusionistId, CalendarTokens.hash(token), caller.subject(),
        now);
    audit.record(caller, departmentId, "CALENDAR_LINK_CREATED", link.id().toString(),
        perfusionistId == null ? "department feed" : "feed of " + perfusionistId, now);
    return new IssuedLink(link.id(), publicUrl + "/calendars/" + token + ".ics", now);
  }

  @Transactional
  public boolean revoke(Caller caller, CalendarLink link) {
    Instant now = clock.instant();
    boolean revoked = links.revoke(link.id(), caller.subject(), now);
    if (revoked) {
      audit.record(caller, link.departmentId(), "CALENDAR_LINK_REVOKED", link.id().toString(),
          link.perfusionistId() == null ? "department feed" : "feed of " + link.perfusionistId(), now);
    }
    return revoked;
  }

  /** A link just created: its secret URL (shown this once) and when. */
  record IssuedLink(UUID id, String url, Instant createdAt) {}

  /** A link as listed: never its token. */
  record ListedLink(UUID id, String perfusionistId, String createdBy, Instant createdAt) {

    static ListedLink of(CalendarLink link) {
      return new ListedLink(link.id(), link.perfusionistId(), link.createdBy(), link.createdAt());
    }
  }
}
