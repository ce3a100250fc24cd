package org.onpump.infra.faults;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The SMTP server the notifier sends to (GreenMail, in the test JVM). It stays up for the whole run: what it
 * holds is what the perfusionists received.
 */
final class Mailbox implements AutoCloseable {

  /** The header in which the notifier names the notification an email carries. */
  static final String NOTIFICATION_ID_HEADER = "X-OnPump-Notification-Id";

  private final GreenMail greenMail;

  Mailbox() {
    greenMail = new GreenMail(new ServerSetup(Ports.free(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    greenMail.start();
  }

  int smtpPort() {
    return greenMail.getSmtp().getPort();
  }

  int count() {
    return greenMail.getReceivedMessages().length;
  }

  /** Every email received, in order: to whom, and the notification it names (null: it names none). */
  List<Mail> received() {
    MimeMessage[] messages = greenMail.getReceivedMessages();
    return IntStream.range(0, messages.length).mapToObj(i -> mail(i, messages[i])).toList();
  }

  private static Mail mail(int index, MimeMessage message) {
    try {
      String[] ids = message.getHeader(NOTIFICATION_ID_HEADER);
      Address[] to = message.getAllRecipients();
      return new Mail(to == null ? "" : String.join(",", Arrays.stream(to).map(Address::toString).toList()),
          ids == null || ids.length == 0 ? null : ids[0], message.getMessageID(), index);
    } catch (MessagingException e) {
      throw new IllegalStateException("an email could not be read", e);
    }
  }

  @Override
  public void close() {
    greenMail.stop();
  }

  /** One email as received; {@code index} counts the emails received before it. */
  record Mail(String to, String notificationId, String messageId, int index) {}
}
