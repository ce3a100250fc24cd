package org.onpump.notifier;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The notifier's clock in tests: real time moved on by whatever the tests advanced it, so that an escalation step
 * due in ten minutes fires the moment a test says ten minutes have passed. One for the whole JVM: every notifier
 * instance a test starts reads the same time.
 */
public final class TestClock extends Clock {

  public static final TestClock INSTANCE = new TestClock();

  private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

  private TestClock() {}

  /** Moves time on for every notifier of this JVM. */
  public void advance(Duration duration) {
    offset.accumulateAndGet(duration, Duration::plus);
  }

  @Override
  public Instant instant() {
    return Instant.now().plus(offset.get());
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    throw new UnsupportedOperationException("the notifier's clock is UTC");
  }
}
