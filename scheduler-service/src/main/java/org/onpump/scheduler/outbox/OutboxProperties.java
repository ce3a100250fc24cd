package org.onpump.scheduler.outbox;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The outbox relay ({@code onpump.outbox}).
 *
 * @param pollInterval pause between two looks at the outbox
 * @param batchSize most rows published per look
 * @param sendTimeout how long the relay waits for the broker's ack before it tries the rows again
 */
@Validated
@ConfigurationProperties("onpump.outbox")
public record OutboxProperties(
    @NotNull @DefaultValue("150ms") Duration pollInterval,
    @Min(1) @DefaultValue("100") int batchSize,
    @NotNull @DefaultValue("5s") Duration sendTimeout) {}
