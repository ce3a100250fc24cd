package org.onpump.notifier.delivery;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.onpump.shared.event.ContactMethod;
import org.springframework.stereotype.Component;

/**
 * Slack and Microsoft Teams incoming webhooks, in each one's own format: Slack's {@code text} with mrkdwn, and
 * Teams' MessageCard with an "Acknowledge" button. The person's address is the webhook URL, which must match
 * {@code onpump.channels.chat-webhook-patterns}.
 */
@Component
class ChatChannel implements Channel {

  private final WebhookPoster poster;
  private final ChannelProperties properties;

  ChatChannel(WebhookPoster poster, ChannelProperties properties) {
    this.poster = poster;
    this.properties = properties;
  }

  @Override
  public Set<ContactMethod.Kind> kinds() {
    return Set.of(ContactMethod.Kind.SLACK, ContactMethod.Kind.TEAMS);
  }

  @Override
  public void send(Outgoing message) throws DeliveryFailure {
    if (message.address() == null || !properties.chatWebhookAllowed(message.address())) {
      // The URL is kept out of the error: a webhook's URL is its credential.
      throw new DeliveryFailure("this " + message.channel() + " webhook URL is not an allowed one "
          + "(onpump.channels.chat-webhook-patterns)", true);
    }
    Map<String, Object> body = message.channel() == ContactMethod.Kind.SLACK ? slack(message) : teams(message);
    poster.post(message.address(), body, message.notificationId(), null);
  }

  static Map<String, Object> slack(Outgoing message) {
    String text = "*" + slackEscape(message.subject()) + "*\n" + slackEscape(message.message());
    if (message.ackUrl() != null) {
      text += "\n<" + message.ackUrl() + "|Acknowledge>";
    }
    return Map.of("text", text);
  }

  static Map<String, Object> teams(Outgoing message) {
    Map<String, Object> card = new LinkedHashMap<>();
    card.put("@type", "MessageCard");
    card.put("@context", "https://schema.org/extensions");
    card.put("summary", message.subject());
    card.put("themeColor", message.urgent() ? "D70000" : "0076D7");
    card.put("title", message.subject());
    card.put("text", message.message().replace("\n", "<br>"));
    if (message.ackUrl() != null) {
      card.put("potentialAction", List.of(Map.of("@type", "OpenUri", "name", "Acknowledge",
          "targets", List.of(Map.of("os", "default", "uri", message.ackUrl())))));
    }
    return card;
  }

  /** Slack's three control characters. */
  private static String slackEscape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
