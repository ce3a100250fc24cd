package org.onpump.notifier.delivery;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How notifications are sent by email: the sender address, how often the outbox is polled, and how failed sends
 * are retried (doubling delays from {@code firstRetryDelay} up to {@code maxRetryDelay}, FAILED after
 * {@code maxAttempts}). A claimed notification is not picked up again for {@code claimTimeout}, which must exceed
 * the SMTP timeouts. Urgent notifications (pages) have a lane of their own, polled every {@code urgentPollInterval}.
 */
@Validated
@ConfigurationProperties("onpump.email")
public record EmailProperties(
    @DefaultValue("onpump@localhost") @NotBlank @Email String from,
    @DefaultValue("200ms") @NotNull Duration pollInterval,
    @DefaultValue("20") @Min(1) @Max(500) int batchSize,
    @DefaultValue("8") @Min(1) @Max(100) int maxAttempts,
    @DefaultValue("5s") @NotNull Duration firstRetryDelay,
    @DefaultValue("5m") @NotNull Duration maxRetryDelay,
    @DefaultValue("2m") @NotNull Duration claimTimeout,
    @DefaultValue("50ms") @NotNull Duration urgentPollInterval) {

  @AssertTrue(message = "poll-interval, urgent-poll-interval, first-retry-delay and claim-timeout must be positive, "
      + "and max-retry-delay at least first-retry-delay")
  boolean isConsistent() {
    return pollInterval == null || firstRetryDelay == null || maxRetryDelay == null || claimTimeout == null
        || (positive(pollInterval) && positive(firstRetryDelay) && positive(claimTimeout)
            && maxRetryDelay.compareTo(firstRetryDelay) >= 0
            && (urgentPollInterval == null || positive(urgentPollInterval)));
  }

  private static boolean positive(Duration duration) {
    return !duration.isNegative() && !duration.isZero();
  }

  /** The wait before the next try after {@code failedAttempts} failures: doubling, capped. */
  Duration retryDelay(int failedAttempts) {
    int doublings = Math.min(Math.max(failedAttempts - 1, 0), 30);
    Duration delay = firstRetryDelay.multipliedBy(1L << doublings);
    return delay.compareTo(maxRetryDelay) > 0 ? maxRetryDelay : delay;
  }

  /** Whether a notification that has now failed {@code failedAttempts} times is given up on. */
  boolean exhausted(int failedAttempts) {
    return failedAttempts >= maxAttempts;
  }
}
