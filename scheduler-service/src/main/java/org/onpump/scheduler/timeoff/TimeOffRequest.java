package org.onpump.scheduler.timeoff;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.UUID;

/**
 * A perfusionist's request for time off over [startsAt, endsAt), and what became of it.
 *
 * @param requestedBy who filed it (the person, or a manager for them)
 * @param decidedBy who approved, declined or withdrew it; null while pending
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TimeOffRequest(UUID id, String departmentId, String perfusionistId, Instant startsAt, Instant endsAt,
    String reason, TimeOffStatus status, String requestedBy, Instant requestedAt, String decidedBy, Instant decidedAt,
    String note) {}
