package org.onpump.notifier.delivery;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.onpump.shared.event.ContactMethod;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;

/**
 * Sends pending notifications through the channel of each one's current contact method: SENT when the channel
 * took it; tried again with growing delays when it did not; handed to the person's next contact method when the
 * method cannot work or its tries are used up (a page gets {@code page-attempts-per-method} while another method
 * is left, anything else and a page on its last method {@code max-attempts}); FAILED when no method is left.
 * Every outcome is in the audit.
 */
@Component
class Dispatcher implements SchedulingConfigurer {

  private static final Logger log = LoggerFactory.getLogger(Dispatcher.class);
  private static final int URGENT_BATCH = 3;

  private final DeliveryQueue queue;
  private final Map<ContactMethod.Kind, Channel> channels = new EnumMap<>(ContactMethod.Kind.class);
  private final EmailProperties properties;
  private final ChannelProperties channelProperties;
  private final DeliveryMetrics metrics;

  Dispatcher(DeliveryQueue queue, List<Channel> channels, EmailProperties properties,
      ChannelProperties channelProperties, DeliveryMetrics metrics) {
    this.queue = queue;
    channels.forEach(channel -> channel.kinds().forEach(kind -> this.channels.put(kind, channel)));
    this.properties = properties;
    this.channelProperties = channelProperties;
    this.metrics = metrics;
  }

  /**
   * Two lanes, each on its own scheduler thread ({@code spring.task.scheduling.pool.size}): every due notification,
   * urgent first, in batches; and urgent ones alone, a few at a time, so a page never waits for a batch of routine
   * notices already claimed.
   */
  @Override
  public void configureTasks(ScheduledTaskRegistrar registrar) {
    registrar.addFixedDelayTask(this::dispatchDue, properties.pollInterval());
    registrar.addFixedDelayTask(this::dispatchUrgent, properties.urgentPollInterval());
  }

  /** Sends one batch of due notifications. */
  void dispatchDue() {
    send(queue.claimDue(properties.batchSize(), properties.claimTimeout()));
  }

  /** Sends the due urgent notifications, a few at a time. */
  void dispatchUrgent() {
    List<PendingDelivery> pages;
    do {
      pages = queue.claimDueUrgent(URGENT_BATCH, properties.claimTimeout());
      send(pages);
    } while (pages.size() == URGENT_BATCH);
  }

  private void send(List<PendingDelivery> claimed) {
    for (PendingDelivery delivery : claimed) {
      try {
        if (queue.renew(delivery, properties.claimTimeout())) {
          deliver(delivery);
        }
      } catch (RuntimeException e) {
        // The row keeps its lease and is tried again when it runs out; the rest of the batch goes on.
        log.error("Notification {} could not be settled: {}", delivery.notificationId(), e.toString());
      }
    }
  }

  private void deliver(PendingDelivery delivery) {
    if (delivery.methods().isEmpty()) {
      giveUp(delivery, "the recipient has no email address or other contact method for this notification");
      return;
    }
    try {
      send(delivery);
    } catch (DeliveryFailure failure) {
      failed(delivery, failure);
      return;
    }
    recordSent(delivery);
    metrics.sent();
    log.info("Notification {} sent by {}", delivery.notificationId(), delivery.channel());
  }

  /**
   * Hands the notification to its method's channel. A method that cannot work (a bad address, a channel this
   * deployment lacks) and any unexpected error of a channel fail the method for good, so that the person's next
   * method is tried instead of the row waiting forever.
   */
  private void send(PendingDelivery delivery) throws DeliveryFailure {
    ContactMethod method = delivery.methods().get(Math.min(delivery.methodIndex(), delivery.methods().size() - 1));
    String problem = method.problem();
    if (problem != null) {
      throw new DeliveryFailure(problem, true);
    }
    Channel channel = channels.get(delivery.channel());
    if (channel == null) {
      throw new DeliveryFailure("no channel delivers " + delivery.channel() + " in this deployment", true);
    }
    try {
      channel.send(delivery.outgoing());
    } catch (RuntimeException e) {
      throw new DeliveryFailure(Failures.describe(e), true);
    }
  }

  private void failed(PendingDelivery delivery, DeliveryFailure failure) {
    String error = delivery.channel() + ": " + Failures.truncate(failure.getMessage());
    int triesOnMethod = delivery.methodAttempts() + 1;
    ContactMethod next = delivery.next();
    // A page moves on quickly while the person has another method; on their last one it is never given up early.
    int allowed = delivery.page() && next != null ? channelProperties.pageAttemptsPerMethod()
        : properties.maxAttempts();
    if (!failure.permanent() && triesOnMethod < allowed) {
      queue.scheduleRetry(delivery.notificationId(), error, properties.retryDelay(triesOnMethod));
      metrics.retried();
      log.warn("Notification {} not sent (try {} on {}), will retry: {}", delivery.notificationId(), triesOnMethod,
          delivery.channel(), error);
      return;
    }
    if (next == null) {
      giveUp(delivery, (failure.permanent() ? "" : "gave up after " + triesOnMethod + " tries: ") + error);
      return;
    }
    queue.fallBack(delivery.notificationId(), delivery.channel(), next, error);
    metrics.retried();
    log.warn("Notification {} moves from {} to {}: {}", delivery.notificationId(), delivery.channel(), next.kind(),
        error);
  }

  /**
   * Marks the notification SENT, trying again while the database cannot be reached (a restart, a fail-over) for
   * up to half the claim: the channel has it, and a row left PENDING would be sent a second time once the claim
   * ran out. Only a notifier that dies right here still sends twice (with the same notification id as key).
   */
  private void recordSent(PendingDelivery delivery) {
    long deadline = System.nanoTime() + properties.claimTimeout().dividedBy(2).toNanos();
    long pauseMillis = 100;
    while (true) {
      try {
        queue.markSent(delivery.notificationId());
        return;
      } catch (DataAccessException e) {
        if (System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(pauseMillis) > deadline) {
          throw e;
        }
        log.warn("Notification {} was sent but could not be marked SENT yet, trying again: {}",
            delivery.notificationId(), e.getMessage());
        pause(pauseMillis);
        pauseMillis = Math.min(pauseMillis * 2, 2000);
      }
    }
  }

  private static void pause(long millis) {
    try {
      TimeUnit.MILLISECONDS.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while marking a sent notification", e);
    }
  }

  private void giveUp(PendingDelivery delivery, String error) {
    queue.markFailed(delivery.notificationId(), Failures.truncate(error));
    metrics.failed();
    log.warn("Notification {} FAILED: {}", delivery.notificationId(), error);
  }
}
