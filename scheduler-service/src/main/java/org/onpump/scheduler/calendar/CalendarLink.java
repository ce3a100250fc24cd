package org.onpump.scheduler.calendar;

import java.time.Instant;
import java.util.UUID;

/**
 * A calendar link as listed to its owner: never with its token, which only its creator ever sees.
 *
 * @param perfusionistId whose seats the feed shows; null: the department's feed
 * @param createdBy who created it (the subject of their token)
 * @param revokedAt when it was revoked; null while it works
 */
public record CalendarLink(UUID id, String departmentId, String perfusionistId, String createdBy,
    Instant createdAt, Instant revokedAt) {}
