package org.onpump.scheduler.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.onpump.scheduler.SchedulerServiceTest;
import org.onpump.scheduler.outbox.OutboxRepository.OutboxRow;
import org.onpump.shared.event.NotificationRequested;
import org.onpump.shared.event.NotificationRequested.Urgency;
import org.onpump.shared.event.OnPumpEvent;
import org.onpump.shared.event.StaffMember;
import org.onpump.shared.kafka.Topics;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

/** A page written after a replanning's many rows is relayed before them. */
@SchedulerServiceTest
class OutboxOrderTest {

  @Autowired
  OutboxRepository outbox;

  @Test
  @Transactional // rolled back: the relay never sees these rows
  void anUrgentRowIsRelayedBeforeTheRowsWrittenBeforeIt() {
    Instant now = Instant.parse("2026-11-22T03:00:00Z");
    NotificationRequested first = notice(Urgency.ROUTINE, now);
    NotificationRequested second = notice(Urgency.ROUTINE, now);
    NotificationRequested page = notice(Urgency.URGENT, now);
    outbox.append(Topics.NOTIFICATION_REQUESTS, first, now);
    outbox.append(Topics.NOTIFICATION_REQUESTS, second, now);
    outbox.appendUrgent(Topics.NOTIFICATION_REQUESTS, page, now);

    Set<String> ours = Set.of(first.eventId().toString(), second.eventId().toString(), page.eventId().toString());
    List<String> relayOrder = outbox.lockUnpublished(10_000).stream().map(OutboxRow::payload)
        .map(payload -> ours.stream().filter(payload::contains).findFirst().orElse(null))
        .filter(id -> id != null)
        .toList();

    assertThat(relayOrder).containsExactly(page.eventId().toString(), first.eventId().toString(),
        second.eventId().toString());
  }

  private static NotificationRequested notice(Urgency urgency, Instant now) {
    return new NotificationRequested(UUID.randomUUID(), now, "test", "outbox-general", "outbox-cardiac",
        OnPumpEvent.SCHEMA_VERSION, UUID.randomUUID(), new StaffMember("p-1", "Pat", "pat@example.org"), urgency,
        "subject", "message");
  }
}
