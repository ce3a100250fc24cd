package org.onpump.scheduler.cases;

import java.time.Instant;

/** Where a stored case stands: its status, when it started, and when its last applied event happened. */
record CaseState(CaseStatus status, Instant startedAt, Instant lastEventAt) {
}
