package org.onpump.notifier.paging;

import java.time.Instant;
import java.util.UUID;
import org.onpump.shared.event.PageRequest;

/** A page as stored: what it is about, whether someone acknowledged it, and who, when and through what. */
public record Page(UUID id, PageRequest.Kind kind, UUID causationEventId, String departmentId, String hospitalId,
    String subject, String message, Status status, Instant createdAt, String acknowledgedBy, Instant acknowledgedAt,
    Via acknowledgedVia) {

  /** OPEN: escalating; EXHAUSTED: every step fired and nobody answered (it can still be acknowledged). */
  public enum Status {
    OPEN,
    ACKNOWLEDGED,
    EXHAUSTED
  }

  /** How a page was acknowledged. */
  public enum Via {
    LINK,
    API,
    WEB
  }
}
