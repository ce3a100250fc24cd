package org.onpump.notifier.delivery;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The HTTP channels of this deployment: the hospital's SMS and voice gateways (a generic JSON webhook each; unset:
 * a person's SMS or voice method fails over to their next one), an optional bearer token for them, the URL
 * patterns a person's Slack or Teams incoming webhook may have (so that no address can make the notifier call
 * anything else), and the HTTP timeout.
 */
@Validated
@ConfigurationProperties("onpump.channels")
public record ChannelProperties(
    String smsGatewayUrl,
    String voiceGatewayUrl,
    String gatewayToken,
    @DefaultValue({"https://hooks\\.slack\\.com/.*", "https://[a-z0-9.-]+\\.webhook\\.office\\.com/.*",
        "https://outlook\\.office\\.com/webhook/.*"}) @NotNull List<String> chatWebhookPatterns,
    @DefaultValue("5s") @NotNull Duration timeout,
    @DefaultValue("3") int pageAttemptsPerMethod) {

  boolean chatWebhookAllowed(String url) {
    return chatWebhookPatterns.stream().anyMatch(url::matches);
  }
}
