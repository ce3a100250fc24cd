package org.onpump.scheduler.eventlog;

import java.time.Instant;
import java.util.UUID;

/**
 * A record OnPump could not process, as an operator sees it: what it was (as far as it could be read), why it was
 * refused, and where it came from. The record itself is on the dead-letter topic.
 */
public record RejectedEvent(long id, UUID eventId, String type, String departmentId, String hospitalId,
    String caseId, String reason, String topic, Integer partition, Long offset, Instant rejectedAt) {
}
