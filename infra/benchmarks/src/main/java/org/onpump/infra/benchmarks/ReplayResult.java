package org.onpump.infra.benchmarks;

import java.util.List;
import java.util.Map;

/**
 * What the replay benchmark measured. Times of the scheduler are from the launch of its process; {@code null}
 * when the moment never came before the timeout.
 *
 * @param produceMillis how long this JVM took to put the events on the topic (acks all)
 * @param rawReadMillis each plain-consumer read of the whole topic (before and after the scheduler's replay)
 * @param readyMillis when the scheduler's readiness probe first answered UP
 * @param firstProcessedMillis when the first event was recorded as processed (the scheduler's own timestamp)
 * @param accountedMillis when every event had its row (processed or rejected)
 * @param quiescentMillis when, also, no department was left to replan ({@code dirtyTracked}: the scheduler has
 *     {@code department_plan.dirty}; otherwise the same as accounted)
 * @param drainedMillis when, also, every outbox row was published
 */
record ReplayResult(
    int departments, String size, int events, long produceMillis, List<Long> rawReadMillis,
    Long readyMillis, Long firstProcessedMillis, Long accountedMillis, Long quiescentMillis, Long drainedMillis,
    boolean dirtyTracked, long accounted, long rejected, Map<String, Long> outcomes, long outboxRows,
    boolean timedOut) {

  /** Events per second from the launch of the scheduler to quiescence. */
  Double eventsPerSecond() {
    return rate(quiescentMillis);
  }

  /** Events per second from the first event processed to quiescence: the replay without the JVM's start-up. */
  Double eventsPerSecondAfterStartUp() {
    return quiescentMillis == null || firstProcessedMillis == null ? null
        : round(events * 1000.0 / Math.max(1, quiescentMillis - firstProcessedMillis));
  }

  /** The raw consumer's events per second: its faster read, so that the ratio does not flatter the scheduler. */
  double rawEventsPerSecond() {
    long best = rawReadMillis.stream().mapToLong(Long::longValue).min().orElse(0);
    return round(events * 1000.0 / Math.max(1, best));
  }

  /** Scheduler over raw consumer, both per second, the scheduler's from its launch. */
  Double ratio() {
    Double rate = eventsPerSecond();
    return rate == null ? null : Math.round(rate / rawEventsPerSecond() * 10000) / 10000.0;
  }

  private Double rate(Long millis) {
    return millis == null ? null : round(events * 1000.0 / Math.max(1, millis));
  }

  private static double round(double value) {
    return Math.round(value * 10) / 10.0;
  }
}
