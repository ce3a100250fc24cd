package org.onpump.notifier.delivery;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailException;
import org.springframework.mail.MailParseException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;

/**
 * Sends pending notifications by email every {@code poll-interval}: SENT when the SMTP server took the message,
 * retried with growing delays when it did not, FAILED when retrying cannot help or the attempts are used up.
 */
@Component
class EmailDispatcher implements SchedulingConfigurer {

  private static final Logger log = LoggerFactory.getLogger(EmailDispatcher.class);
  private static final int MAX_ERROR_LENGTH = 500;

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

  @Override
  public void configureTasks(ScheduledTaskRegistrar registrar) {
    registrar.addFixedDelayTask(this::dispatchDue, properties.pollInterval());
  }

  /** Sends one batch of due notifications. */
  void dispatchDue() {
    for (PendingEmail email : queue.claimDue(properties.batchSize(), properties.claimTimeout())) {
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
      queue.markSent(email.notificationId());
      metrics.sent();
      log.info("Notification {} sent by email", email.notificationId());
    } catch (MailParseException | MailPreparationException e) {
      giveUp(email, describe(e));
    } catch (MailException e) {
      retryOrGiveUp(email, describe(e));
    }
  }

  private SimpleMailMessage message(PendingEmail email) {
    SimpleMailMessage message = new SimpleMailMessage();
    message.setFrom(properties.from());
    message.setTo(email.address());
    message.setSubject(email.subject());
    message.setText(email.message() + "\n\n-- \nOnPump perfusion staffing, notification " + email.notificationId());
    return message;
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
