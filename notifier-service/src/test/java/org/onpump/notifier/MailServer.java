package org.onpump.notifier;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.List;

/**
 * A real SMTP server (GreenMail) for the tests of this JVM, on a fixed free port so that it can go down and come
 * back.
 */
public final class MailServer {

  private static MailServer shared;

  private final ServerSetup setup;
  private GreenMail greenMail;

  private MailServer(int port) {
    this.setup = new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
    start();
  }

  /** The server all tests of this JVM share, started on first use. */
  public static synchronized MailServer shared() {
    if (shared == null) {
      shared = new MailServer(freePort());
    }
    return shared;
  }

  public int port() {
    return setup.getPort();
  }

  /** Takes the SMTP server down: connections are refused until {@link #start()}. */
  public synchronized void stop() {
    greenMail.stop();
  }

  public synchronized void start() {
    greenMail = new GreenMail(setup);
    greenMail.start();
  }

  /** The messages received for this address, since the server last started. */
  public synchronized List<MimeMessage> receivedBy(String address) {
    return Arrays.stream(greenMail.getReceivedMessages()).filter(m -> addressedTo(m, address)).toList();
  }

  public static String body(MimeMessage message) {
    return GreenMailUtil.getBody(message);
  }

  private static boolean addressedTo(MimeMessage message, String address) {
    try {
      Address[] recipients = message.getAllRecipients();
      return recipients != null && Arrays.stream(recipients).anyMatch(r -> r.toString().equalsIgnoreCase(address));
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
