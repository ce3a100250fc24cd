package org.onpump.notifier.delivery;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/** Counts delivery outcomes as {@code onpump_notifications_total{outcome="sent|retried|failed"}}. */
@Component
class DeliveryMetrics {

  private final Counter sent;
  private final Counter retried;
  private final Counter failed;

  DeliveryMetrics(MeterRegistry registry) {
    this.sent = counter(registry, "sent");
    this.retried = counter(registry, "retried");
    this.failed = counter(registry, "failed");
  }

  private static Counter counter(MeterRegistry registry, String outcome) {
    return Counter.builder("onpump.notifications")
        .description("Notification delivery attempts by outcome; failed means given up on")
        .tag("channel", "EMAIL")
        .tag("outcome", outcome)
        .register(registry);
  }

  void sent() {
    sent.increment();
  }

  void retried() {
    retried.increment();
  }

  void failed() {
    failed.increment();
  }
}
