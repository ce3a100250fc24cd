package org.onpump.scheduler.eventlog;

import java.time.Instant;
import java.util.UUID;

/**
 * What became of one event: {@code status} APPLIED, STALE, PARKED, REJECTED or PENDING (being handled now), with
 * the reason when it did not simply apply.
 */
public record EventStatus(UUID eventId, String type, String departmentId, String hospitalId, String caseId,
    String status, String reason, Instant occurredAt, Instant handledAt) {
}
