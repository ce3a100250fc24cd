package org.onpump.infra.faults;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.onpump.shared.event.AssignmentChanged;
import org.onpump.shared.event.NotificationRequested;
import org.onpump.shared.event.OnPumpEvent;
import org.onpump.shared.event.StaffMember;
import org.onpump.shared.json.EventCodec;

/**
 * What the scheduler's outbox says the perfusionists must be told: for each assignment change, one notification
 * per person it concerns (the announcing event is the change); for each notification request, one notification
 * (the announcing event is the request itself).
 */
final class Announcements {

  private Announcements() {}

  /** {@code <announcing event id>/<perfusionist id>} for each notification the outbox calls for. */
  static List<String> expectedNotifications(List<String> outboxPayloads) {
    List<String> expected = new ArrayList<>();
    for (String payload : outboxPayloads) {
      OnPumpEvent event = EventCodec.read(payload.getBytes(StandardCharsets.UTF_8));
      if (event instanceof AssignmentChanged change) {
        for (StaffMember person : change.affected()) {
          expected.add(change.eventId() + "/" + person.perfusionistId());
        }
      } else if (event instanceof NotificationRequested request) {
        expected.add(request.eventId() + "/" + request.recipient().perfusionistId());
      }
    }
    return expected;
  }

  /**
   * The same key for a recorded notification: a notification with its own id among the requests is one of
   * those, any other was made from an assignment change, its causation.
   */
  static List<String> recordedNotifications(Snapshot snapshot) {
    List<String> requested = new ArrayList<>();
    for (String payload : snapshot.announcements()) {
      if (EventCodec.read(payload.getBytes(StandardCharsets.UTF_8)) instanceof NotificationRequested request) {
        requested.add(request.eventId().toString());
      }
    }
    Set<String> requests = Set.copyOf(requested);
    return snapshot.notifications().stream()
        .map(n -> (requests.contains(n.id().toString()) ? n.id() : n.causationEventId()) + "/" + n.perfusionistId())
        .toList();
  }
}
