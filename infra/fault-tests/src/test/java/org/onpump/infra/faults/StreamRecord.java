package org.onpump.infra.faults;

import java.util.UUID;

/**
 * One record of the fault stream as it goes onto {@code onpump.case-events}: keyed by department, the bytes as
 * sent, and the event id it carries ({@code null} for bytes that are not an event at all).
 */
record StreamRecord(String key, byte[] value, UUID eventId, Kind kind) {

  /** What the record is, for the stream's mix and the accounting. */
  enum Kind {
    BOOKED,
    RESCHEDULED,
    CANCELLED,
    STARTED,
    ENDED,
    EMERGENCY,
    /** An event sent again, byte for byte: same event id. */
    DUPLICATE,
    /** A cancellation that arrives before the booking it cancels (the booking comes right after). */
    CANCEL_BEFORE_BOOKING,
    /** Bytes that are not JSON. */
    MALFORMED,
    /** A valid event for a hospital OnPump does not serve. */
    UNKNOWN_HOSPITAL,
    /** A case that ends before it starts: invalid by the contract. */
    ENDS_BEFORE_STARTING
  }
}
