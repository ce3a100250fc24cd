package org.onpump.notifier.delivery;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.onpump.shared.event.ContactMethod;
import org.springframework.stereotype.Component;

/**
 * SMS and voice through the hospital's gateway: one JSON payload for both, documented in docs/paging.md, posted
 * to the gateway URL of the kind. {@code text} is short enough for an SMS and to be read aloud; {@code detail} is
 * the full message.
 */
@Component
class GatewayChannel implements Channel {

  private final WebhookPoster poster;
  private final ChannelProperties properties;

  GatewayChannel(WebhookPoster poster, ChannelProperties properties) {
    this.poster = poster;
    this.properties = properties;
  }

  @Override
  public Set<ContactMethod.Kind> kinds() {
    return Set.of(ContactMethod.Kind.SMS, ContactMethod.Kind.VOICE);
  }

  @Override
  public void send(Outgoing message) throws DeliveryFailure {
    String url = message.channel() == ContactMethod.Kind.SMS ? properties.smsGatewayUrl()
        : properties.voiceGatewayUrl();
    if (url == null || url.isBlank()) {
      throw new DeliveryFailure("no " + message.channel() + " gateway is configured (onpump.channels."
          + message.channel().name().toLowerCase() + "-gateway-url)", true);
    }
    Map<String, Object> payload = new LinkedHashMap<>();
    payload.put("notificationId", message.notificationId().toString());
    payload.put("channel", message.channel().name());
    payload.put("to", message.address());
    payload.put("urgent", message.urgent());
    payload.put("text", message.ackUrl() == null ? message.subject()
        : message.subject() + " Acknowledge: " + message.ackUrl());
    payload.put("detail", message.message());
    payload.put("ackUrl", message.ackUrl());
    poster.post(url, payload, message.notificationId(), properties.gatewayToken());
  }
}
