package org.onpump.notifier.delivery;

import java.util.UUID;
import org.onpump.shared.event.ContactMethod;

/**
 * One message for one channel: where it goes, what it says, whether it is urgent, and the acknowledgement link of
 * a page (null for anything else). {@code notificationId} is the idempotency key every channel passes on.
 */
public record Outgoing(UUID notificationId, ContactMethod.Kind channel, String address, String subject,
    String message, boolean urgent, String ackUrl) {

  /** The message with the acknowledgement link, as plain text. */
  public String textWithLink() {
    return ackUrl == null ? message : message + "\n\nAcknowledge: " + ackUrl;
  }
}
