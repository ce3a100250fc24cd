package org.onpump.notifier.intake;

import java.util.List;
import org.onpump.notifier.notification.AssignmentNotices;
import org.onpump.notifier.notification.NotificationRecorder;
import org.onpump.notifier.paging.Pager;
import org.onpump.shared.event.AssignmentChanged;
import org.onpump.shared.event.FieldViolation;
import org.onpump.shared.event.NotificationRequested;
import org.onpump.shared.event.OnPumpEvent;
import org.onpump.shared.json.InvalidEventException;
import org.onpump.shared.kafka.Topics;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Turns the events on the notifier's topics into recorded notifications. A record that is not the topic's event
 * type is an {@link InvalidEventException}, which the error handler parks on the dead-letter topic at once.
 */
@Component
class NotificationListeners {

  private final NotificationRecorder recorder;
  private final Pager pager;

  NotificationListeners(NotificationRecorder recorder, Pager pager) {
    this.recorder = recorder;
    this.pager = pager;
  }

  /** Tells each perfusionist an assignment change concerns. */
  @KafkaListener(id = "notifier-assignment-changes", idIsGroup = false, topics = Topics.ASSIGNMENT_CHANGES)
  void onAssignmentChanged(OnPumpEvent event) {
    AssignmentChanged change = expect(AssignmentChanged.class, event);
    AssignmentNotices.of(change).forEach(recorder::recordNotice);
  }

  /** Accepts a ready-worded notification from any service; a page opens its escalation chain. */
  @KafkaListener(id = "notifier-notification-requests", idIsGroup = false, topics = Topics.NOTIFICATION_REQUESTS)
  void onNotificationRequested(OnPumpEvent event) {
    NotificationRequested request = expect(NotificationRequested.class, event);
    if (request.page() != null) {
      pager.open(request);
    } else {
      recorder.record(request);
    }
  }

  private static <T extends OnPumpEvent> T expect(Class<T> type, OnPumpEvent event) {
    if (!type.isInstance(event)) {
      throw new InvalidEventException(List.of(new FieldViolation("type",
          "'" + event.type() + "' does not belong on this topic; expected " + type.getSimpleName())));
    }
    return type.cast(event);
  }
}
