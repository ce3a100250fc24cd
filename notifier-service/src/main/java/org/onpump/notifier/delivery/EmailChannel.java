package org.onpump.notifier.delivery;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.util.Set;
import java.util.UUID;
import org.onpump.shared.event.ContactMethod;
import org.springframework.mail.MailException;
import org.springframework.mail.MailParseException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.mail.javamail.MimeMessagePreparator;
import org.springframework.stereotype.Component;

/** Email over SMTP, with a Message-ID made from the notification id so that a resent email is the same message. */
@Component
class EmailChannel implements Channel {

  /** The header that names the notification an email carries; the Message-ID is derived from it too. */
  static final String NOTIFICATION_ID_HEADER = "X-OnPump-Notification-Id";

  private final JavaMailSender mailSender;
  private final EmailProperties properties;

  EmailChannel(JavaMailSender mailSender, EmailProperties properties) {
    this.mailSender = mailSender;
    this.properties = properties;
  }

  @Override
  public Set<ContactMethod.Kind> kinds() {
    return Set.of(ContactMethod.Kind.EMAIL);
  }

  @Override
  public void send(Outgoing email) throws DeliveryFailure {
    String problem = undeliverable(email.address());
    if (problem != null) {
      throw new DeliveryFailure(problem, true);
    }
    try {
      mailSender.send(message(email));
    } catch (MailParseException | MailPreparationException e) {
      throw new DeliveryFailure(Failures.describe(e), true);
    } catch (MailException e) {
      throw new DeliveryFailure(Failures.describe(e), false);
    }
  }

  /**
   * The email, with a Message-ID and a header made from the notification id: an email sent again (the notifier
   * died after the SMTP server took it but before recording that) is recognisably the same message, which mail
   * clients and mailboxes that deduplicate by Message-ID show once.
   */
  private MimeMessagePreparator message(Outgoing email) {
    return mime -> {
      MimeMessageHelper message = new MimeMessageHelper(mime);
      message.setFrom(properties.from());
      message.setTo(email.address());
      message.setSubject(email.subject());
      message.setText(email.textWithLink() + "\n\n-- \nOnPump perfusion staffing, notification "
          + email.notificationId());
      mime.setHeader(NOTIFICATION_ID_HEADER, email.notificationId().toString());
      if (email.urgent()) {
        mime.setHeader("X-Priority", "1");
        mime.setHeader("Importance", "high");
      }
      // JavaMailSenderImpl keeps a Message-ID set before sending instead of generating one.
      mime.setHeader("Message-ID", messageId(email.notificationId()));
    };
  }

  /** For example {@code <5b2f6a10-0c1d-4e2f-8a3b-4c5d6e7f8091@notifications.onpump>}. */
  static String messageId(UUID notificationId) {
    return "<" + notificationId + "@notifications.onpump>";
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
}
