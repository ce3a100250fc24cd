package org.onpump.notifier.delivery;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.mail.MailException;
import org.springframework.mail.MailParseException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.mail.javamail.MimeMessagePreparator;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;

/**
 * Sends pending notifications by email every {@code poll-interval}: SENT when the SMTP server took the message,
 * retried with growing delays when it did not, FAILED when retrying cannot help or the attempts are used up.
 */
@Component
class EmailDispatcher implements SchedulingConfigurer {

  /** The header that names the notification an email carries; the Message-ID is derived from it too. */
  static final String NOTIFICATION_ID_HEADER = "X-OnPump-Notification-Id";

  private static final Logger log = LoggerFactory.getLogger(EmailDispatcher.class);
  private static final int MAX_ERROR_LENGTH = 500;
  private static final int URGENT_BATCH = 3;

  private final DeliveryQueue queue;
  private final JavaMailSender mailSender;
  private final EmailProperties properties;
  private final DeliveryMetrics metrics;

  EmailDispatcher(DeliveryQueue queue, JavaMailSender mailSender, EmailProperties properties,
      DeliveryMetrics metrics) {
    this.queue = queue;
    this.mailSender = mailSender;
    this.properties = properties;
    this.metrics = metrics;
  }

  /**
   * Two lanes, each on its own scheduler thread ({@code spring.task.scheduling.pool.size}): every due notification,
   * urgent first, in batches; and urgent ones alone, a few at a time, so a page never waits for a batch of routine
   * emails already claimed.
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
    List<PendingEmail> pages;
    do {
      pages = queue.claimDueUrgent(URGENT_BATCH, properties.claimTimeout());
      send(pages);
    } while (pages.size() == URGENT_BATCH);
  }

  private void send(List<PendingEmail> claimed) {
    for (PendingEmail email : claimed) {
      try {
        if (queue.renew(email, properties.claimTimeout())) {
          deliver(email);
        }
      } catch (RuntimeException e) {
        // The row keeps its lease and is tried again when it runs out; the rest of the batch goes on.
        log.error("Notification {} could not be settled: {}", email.notificationId(), e.toString());
      }
    }
  }

  private void deliver(PendingEmail email) {
    String problem = undeliverable(email.address());
    if (problem != null) {
      giveUp(email, problem);
      return;
    }
    try {
      mailSender.send(message(email));
    } catch (MailParseException | MailPreparationException e) {
      giveUp(email, describe(e));
      return;
    } catch (MailException e) {
      retryOrGiveUp(email, describe(e));
      return;
    }
    recordSent(email);
    metrics.sent();
    log.info("Notification {} sent by email", email.notificationId());
  }

  /**
   * Marks the email SENT, trying again while the database cannot be reached (a restart, a fail-over) for up to
   * half the claim: the SMTP server has it, and a row left PENDING would be sent a second time once the claim ran
   * out. Only a notifier that dies right here still sends twice (with the same Message-ID).
   */
  private void recordSent(PendingEmail email) {
    long deadline = System.nanoTime() + properties.claimTimeout().dividedBy(2).toNanos();
    long pauseMillis = 100;
    while (true) {
      try {
        queue.markSent(email.notificationId());
        return;
      } catch (DataAccessException e) {
        if (System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(pauseMillis) > deadline) {
          throw e;
        }
        log.warn("Notification {} was sent but could not be marked SENT yet, trying again: {}",
            email.notificationId(), e.getMessage());
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

  /**
   * The email, with a Message-ID and a header made from the notification id: an email sent again (the notifier
   * died after the SMTP server took it but before recording that) is recognisably the same message, which mail
   * clients and mailboxes that deduplicate by Message-ID show once.
   */
  private MimeMessagePreparator message(PendingEmail email) {
    return mime -> {
      MimeMessageHelper message = new MimeMessageHelper(mime);
      message.setFrom(properties.from());
      message.setTo(email.address());
      message.setSubject(email.subject());
      message.setText(email.message() + "\n\n-- \nOnPump perfusion staffing, notification "
          + email.notificationId());
      mime.setHeader(NOTIFICATION_ID_HEADER, email.notificationId().toString());
      // JavaMailSenderImpl keeps a Message-ID set before sending instead of generating one.
      mime.setHeader("Message-ID", messageId(email.notificationId()));
    };
  }

  /** For example {@code <5b2f6a10-0c1d-4e2f-8a3b-4c5d6e7f8091@notifications.onpump>}. */
  static String messageId(UUID notificationId) {
    return "<" + notificationId + "@notifications.onpump>";
  }

  private void retryOrGiveUp(PendingEmail email, String error) {
    int failedAttempts = email.attempts() + 1;
    if (properties.exhausted(failedAttempts)) {
      giveUp(email, "gave up after " + failedAttempts + " attempts: " + error);
      return;
    }
    queue.scheduleRetry(email.notificationId(), error, properties.retryDelay(failedAttempts));
    metrics.retried();
    log.warn("Notification {} not sent (attempt {}), will retry: {}", email.notificationId(), failedAttempts, error);
  }

  private void giveUp(PendingEmail email, String error) {
    queue.markFailed(email.notificationId(), truncate(error));
    metrics.failed();
    log.warn("Notification {} FAILED: {}", email.notificationId(), error);
  }

  /** Why this address can never receive mail, or null when it may. */
  private static String undeliverable(String address) {
    if (address == null || address.isBlank()) {
      return "the recipient has no email address";
    }
    try {
      new InternetAddress(address, true).validate();
      return null;
    } catch (AddressException e) {
      return "'" + address + "' is not a valid email address: " + e.getMessage();
    }
  }

  private static String describe(Exception e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String message = e.getClass().getSimpleName() + ": " + e.getMessage();
    return truncate(root == e ? message : message + " (" + root.getClass().getSimpleName() + ": "
        + root.getMessage() + ")");
  }

  private static String truncate(String error) {
    return error.length() <= MAX_ERROR_LENGTH ? error : error.substring(0, MAX_ERROR_LENGTH);
  }
}
