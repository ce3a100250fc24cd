package org.onpump.notifier.delivery;

import java.util.List;
import java.util.UUID;
import org.onpump.shared.event.ContactMethod;

/**
 * A notification claimed for sending on its current contact method: {@code methodAttempts} counts the tries on this
 * method before this one, {@code claimToken} names the claim, so that only its holder sends and settles it.
 */
record PendingDelivery(UUID notificationId, UUID claimToken, ContactMethod.Kind channel, String address,
    String subject, String message, boolean urgent, boolean page, String ackUrl, List<ContactMethod> methods,
    int methodIndex, int methodAttempts) {

  /** The next contact method to fall back to, if the person has one. */
  ContactMethod next() {
    return methodIndex + 1 < methods.size() ? methods.get(methodIndex + 1) : null;
  }

  Outgoing outgoing() {
    return new Outgoing(notificationId, channel, address, subject, message, urgent, ackUrl);
  }
}
