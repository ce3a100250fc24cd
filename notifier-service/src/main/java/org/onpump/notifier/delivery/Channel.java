package org.onpump.notifier.delivery;

import java.util.Set;
import org.onpump.shared.event.ContactMethod;

/** A way of delivering notifications: email, an SMS or voice gateway, a chat webhook. */
public interface Channel {

  /** The contact method kinds this channel delivers. */
  Set<ContactMethod.Kind> kinds();

  /**
   * Hands the message to the channel; returns when the other side took it.
   *
   * @throws DeliveryFailure when it did not, saying whether trying again could help
   */
  void send(Outgoing message) throws DeliveryFailure;
}
