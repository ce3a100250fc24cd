package org.onpump.notifier.messaging;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The notifier's Kafka settings: the replication factor of the topics it creates; how a record whose processing
 * failed is retried before it goes to the dead-letter topic (delays doubling from {@code retryInterval} up to
 * {@code maxRetryInterval}, at most {@code retryAttempts} retries, so that a short database outage is ridden out);
 * and how long the health check waits.
 */
@Validated
@ConfigurationProperties("onpump.messaging")
public record MessagingProperties(
    @DefaultValue("1") @Min(1) @Max(Short.MAX_VALUE) int replicationFactor,
    @DefaultValue("1s") @NotNull Duration retryInterval,
    @DefaultValue("30s") @NotNull Duration maxRetryInterval,
    @DefaultValue("8") @Min(0) @Max(20) int retryAttempts,
    @DefaultValue("2s") @NotNull Duration healthTimeout) {

  @AssertTrue(message = "retry-interval must be positive, max-retry-interval at least retry-interval, "
      + "and health-timeout positive")
  boolean isConsistent() {
    return retryInterval == null || maxRetryInterval == null || healthTimeout == null
        || (positive(retryInterval) && maxRetryInterval.compareTo(retryInterval) >= 0 && positive(healthTimeout));
  }

  private static boolean positive(Duration duration) {
    return !duration.isNegative() && !duration.isZero();
  }
}
