package org.onpump.notifier.paging;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.onpump.shared.event.PageRequest;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Pages: where acknowledgement links point ({@code publicUrl}), the key that signs them and how long they work,
 * how often escalation timers are looked at and how many fire per transaction, and each page kind's default
 * escalation chain (a department may set its own through the API).
 */
@Validated
@ConfigurationProperties("onpump.paging")
public record PagingProperties(
    @DefaultValue("http://localhost:8081") @NotBlank String publicUrl,
    @NotBlank @Size(min = 32, message = "must be at least 32 characters") String linkSecret,
    @DefaultValue("12h") @NotNull Duration linkTtl,
    @DefaultValue("250ms") @NotNull Duration tick,
    @DefaultValue("10") @Min(1) @Max(1000) int timerBatch,
    @NotNull Map<PageRequest.Kind, List<EscalationStep>> chains) {

  /** The deployment's chain for a kind of page; none configured: no escalation beyond the page itself. */
  List<EscalationStep> chain(PageRequest.Kind kind) {
    return chains.getOrDefault(kind, List.of());
  }
}
