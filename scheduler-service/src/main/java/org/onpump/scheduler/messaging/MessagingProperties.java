package org.onpump.scheduler.messaging;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Kafka settings of OnPump's own ({@code onpump.messaging}); connections use the standard {@code spring.kafka.*}.
 *
 * @param replicationFactor replicas of each topic created at start-up
 * @param retryAttempts how often a record that failed for a passing reason is tried again before it is parked on
 *     the dead-letter topic
 * @param retryInterval the pause before the first retry; it doubles with each retry, up to {@code maxRetryInterval},
 *     so that a database or broker outage of a few minutes parks nothing
 * @param maxRetryInterval the longest pause between two tries
 * @param healthTimeout how long the {@code kafka} health check waits for the broker
 */
@Validated
@ConfigurationProperties("onpump.messaging")
public record MessagingProperties(
    @Min(1) @DefaultValue("1") short replicationFactor,
    @Min(0) @DefaultValue("8") int retryAttempts,
    @NotNull @DefaultValue("1s") Duration retryInterval,
    @NotNull @DefaultValue("30s") Duration maxRetryInterval,
    @NotNull @DefaultValue("2s") Duration healthTimeout) {}
