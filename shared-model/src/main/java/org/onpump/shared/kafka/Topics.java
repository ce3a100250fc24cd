package org.onpump.shared.kafka;

import java.util.List;

/**
 * Every Kafka topic OnPump uses, named once. Records are keyed by department ({@link
 * org.onpump.shared.event.OnPumpEvent#partitionKey()}) so a department's events stay in order and a department's
 * work stays on one consumer of a group.
 */
public final class Topics {

  /** Case events from hospitals, as accepted by the scheduler's REST intake. */
  public static final String CASE_EVENTS = "onpump.case-events";

  /** {@link org.onpump.shared.event.AssignmentChanged} events from the scheduler. */
  public static final String ASSIGNMENT_CHANGES = "onpump.assignment-changes";

  /** {@link org.onpump.shared.event.NotificationRequested} events for the notifier. */
  public static final String NOTIFICATION_REQUESTS = "onpump.notification-requests";

  /** Records no listener could process, with the reason in the {@code onpump_dlt-reason} header. */
  public static final String DEAD_LETTER = "onpump.dead-letter";

  /** Partitions per topic: the most consumers of one group that can share the work. */
  public static final int PARTITIONS = 6;

  private Topics() {}

  public static List<String> all() {
    return List.of(CASE_EVENTS, ASSIGNMENT_CHANGES, NOTIFICATION_REQUESTS, DEAD_LETTER);
  }
}
