package org.onpump.notifier.paging;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;
import org.onpump.notifier.audit.AuditEntry.Action;
import org.onpump.notifier.audit.AuditLog;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Acknowledges pages: through a signed link (once, before it expires), the API or the web page. The first
 * acknowledgement stops the escalation and is recorded with who, when and through what; every refusal is audited
 * with its reason and changes nothing else.
 */
@Service
public class Acknowledgements {

  private final JdbcClient jdbc;
  private final AckLinks links;
  private final PageRepository pages;
  private final AuditLog audit;
  private final Clock clock;

  Acknowledgements(JdbcClient jdbc, AckLinks links, PageRepository pages, AuditLog audit, Clock clock) {
    this.jdbc = jdbc;
    this.links = links;
    this.pages = pages;
    this.audit = audit;
    this.clock = clock;
  }

  /** Acknowledges the page of a link's notification as the person it was sent to. */
  @Transactional
  public Outcome byLink(String token) {
    Instant now = clock.instant();
    Optional<AckLinks.Signed> signed = links.verify(token);
    if (signed.isEmpty()) {
      return new Outcome(Outcome.Kind.INVALID_LINK, null, "This acknowledgement link is not valid: it was "
          + "altered or cut short, so OnPump cannot tell which page it is for. Nothing was acknowledged. Use the "
          + "link exactly as it came, or acknowledge in OnPump, or call the department.");
    }
    Optional<Sent> sent = jdbc.sql("SELECT page_id, perfusionist_id FROM notification WHERE id = :id")
        .param("id", signed.get().notificationId())
        .query((row, n) -> new Sent(row.getObject("page_id", UUID.class), row.getString("perfusionist_id")))
        .optional().filter(s -> s.pageId() != null);
    if (sent.isEmpty()) {
      return new Outcome(Outcome.Kind.INVALID_LINK, null, "This acknowledgement link names no page OnPump "
          + "knows. Nothing was acknowledged.");
    }
    Page page = pages.find(sent.get().pageId()).orElseThrow();
    if (now.isAfter(signed.get().expiresAt())) {
      return refuse(page, sent.get().perfusionistId(), Outcome.Kind.EXPIRED, "This acknowledgement link expired at "
          + shown(signed.get().expiresAt()) + ". Nothing was acknowledged. Acknowledge in OnPump or call the "
          + "department.");
    }
    Optional<Instant> usedAt = use(signed.get().notificationId(), now);
    if (usedAt.isPresent()) {
      return refuse(page, sent.get().perfusionistId(), Outcome.Kind.ALREADY_USED, "This acknowledgement link "
          + "was already used, at " + shown(usedAt.get()) + ". A link works once; nothing more was done. "
          + status(page));
    }
    return acknowledge(page, sent.get().perfusionistId(), Page.Via.LINK, now);
  }

  /** Acknowledges a page as a person it reached, through the API or the web page. */
  @Transactional
  public Outcome byPerson(UUID pageId, String perfusionistId, Page.Via via) {
    Instant now = clock.instant();
    Optional<Page> page = pages.find(pageId);
    if (page.isEmpty()) {
      return new Outcome(Outcome.Kind.UNKNOWN_PAGE, null, "No page " + pageId + " is known to OnPump.");
    }
    if (!pages.reachedPeople(pageId).contains(perfusionistId)) {
      return refuse(page.get(), perfusionistId, Outcome.Kind.NOT_PAGED, "perfusionistId: '" + perfusionistId
          + "' was not paged for this page; only a person it reached can acknowledge it.");
    }
    return acknowledge(page.get(), perfusionistId, via, now);
  }

  private Outcome acknowledge(Page page, String perfusionistId, Page.Via via, Instant now) {
    if (!pages.acknowledge(page.id(), perfusionistId, via, now)) {
      Page current = pages.find(page.id()).orElseThrow();
      return refuse(current, perfusionistId, Outcome.Kind.ALREADY_ACKNOWLEDGED, status(current));
    }
    audit.page(page.departmentId(), page.id(), Action.ACKNOWLEDGED, perfusionistId, via.name(),
        "acknowledged by " + perfusionistId + " via " + via + "; escalation stopped", now);
    return new Outcome(Outcome.Kind.ACKNOWLEDGED, pages.find(page.id()).orElseThrow(), "Page acknowledged by "
        + perfusionistId + " at " + shown(now) + ". Escalation stopped: nobody else will be paged for it.");
  }

  private Outcome refuse(Page page, String perfusionistId, Outcome.Kind kind, String message) {
    audit.page(page.departmentId(), page.id(), Action.ACK_REFUSED, perfusionistId, null, kind + ": " + message,
        clock.instant());
    return new Outcome(kind, page, message);
  }

  /** Marks the link used; the time it was first used when it had been. */
  private Optional<Instant> use(UUID notificationId, Instant now) {
    boolean first = jdbc.sql("""
            INSERT INTO ack_link_use (notification_id, used_at, outcome) VALUES (:id, :now, 'used')
            ON CONFLICT (notification_id) DO NOTHING""")
        .param("id", notificationId)
        .param("now", Timestamp.from(now))
        .update() == 1;
    if (first) {
      return Optional.empty();
    }
    return Optional.of(jdbc.sql("SELECT used_at FROM ack_link_use WHERE notification_id = :id")
        .param("id", notificationId).query(Timestamp.class).single().toInstant());
  }

  private static String status(Page page) {
    return page.status() == Page.Status.ACKNOWLEDGED
        ? "The page was acknowledged by " + page.acknowledgedBy() + " at " + shown(page.acknowledgedAt()) + " via "
            + page.acknowledgedVia() + "."
        : "The page is still " + page.status() + ".";
  }

  /** An instant as people read it: UTC, to the second. */
  private static String shown(Instant instant) {
    return instant.truncatedTo(ChronoUnit.SECONDS) + " (UTC)";
  }

  /** Who a page's notification went to. */
  private record Sent(UUID pageId, String perfusionistId) {}

  /** What an acknowledgement did: ACKNOWLEDGED, or why nothing was done; the page when known. */
  public record Outcome(Kind kind, Page page, String message) {

    /** The HTTP status each outcome is answered with, by the link, the API and the web page alike. */
    public HttpStatus status() {
      return switch (kind) {
        case ACKNOWLEDGED -> HttpStatus.OK;
        case ALREADY_ACKNOWLEDGED, ALREADY_USED -> HttpStatus.CONFLICT;
        case EXPIRED -> HttpStatus.GONE;
        case INVALID_LINK -> HttpStatus.BAD_REQUEST;
        case NOT_PAGED -> HttpStatus.FORBIDDEN;
        case UNKNOWN_PAGE -> HttpStatus.NOT_FOUND;
      };
    }

    /** The possible outcomes. */
    public enum Kind {
      ACKNOWLEDGED,
      ALREADY_ACKNOWLEDGED,
      ALREADY_USED,
      EXPIRED,
      INVALID_LINK,
      NOT_PAGED,
      UNKNOWN_PAGE
    }
  }
}
