package org.onpump.notifier.paging;

import jakarta.mail.internet.MimeMessage;
import org.onpump.notifier.MailServer;

/** An email's text with soft line breaks (quoted-printable) joined again. */
final class MailBody {

  private MailBody() {}

  static String of(MimeMessage message) {
    return MailServer.body(message).replace("=\r\n", "").replace("=\n", "").replace("=3D", "=");
  }
}
