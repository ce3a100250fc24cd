package org.onpump.infra.benchmarks;

import com.icegreen.greenmail.user.MessageDeliveryHandler;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The notifier's SMTP server (GreenMail in this JVM), with a clock on its door: the moment each message is handed
 * over is noted ({@link System#nanoTime()}, before it is stored), under the notification id the notifier writes in
 * every email and under each emergency case id the message mentions.
 */
final class Mailbox implements AutoCloseable {

  /** The header that names the notification, where the notifier sets it. */
  private static final String NOTIFICATION_HEADER = "X-OnPump-Notification-Id";

  /** The notifier signs every email "notification <id>". */
  private static final Pattern NOTIFICATION = Pattern.compile("notification ([0-9a-f]{8}-[0-9a-f-]{27})");

  private final GreenMail greenMail;
  private final Pattern emergencyCase;
  private final Map<UUID, Long> byNotification = new ConcurrentHashMap<>();
  private final Map<String, Long> byEmergencyCase = new ConcurrentHashMap<>();
  private final AtomicLong received = new AtomicLong();

  /** @param emergencyCasePrefix how the emergency case ids of the run begin */
  Mailbox(String emergencyCasePrefix) {
    this.emergencyCase = Pattern.compile(Pattern.quote(emergencyCasePrefix) + "[A-Za-z0-9-]+");
    greenMail = new GreenMail(new ServerSetup(ServiceJvm.freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    greenMail.start();
    MessageDeliveryHandler store = greenMail.getUserManager().getMessageDeliveryHandler();
    greenMail.getUserManager().setMessageDeliveryHandler((message, address) -> {
      noteArrival(System.nanoTime(), message.getMessage());
      return store.handle(message, address);
    });
  }

  int smtpPort() {
    return greenMail.getSmtp().getPort();
  }

  long received() {
    return received.get();
  }

  /** When the email of that notification arrived, or null. */
  Long arrivalOf(UUID notificationId) {
    return byNotification.get(notificationId);
  }

  /** When the first email mentioning that emergency case arrived, or null. */
  Long arrivalMentioning(String caseId) {
    return byEmergencyCase.get(caseId);
  }

  private void noteArrival(long nanos, MimeMessage message) {
    received.incrementAndGet();
    try {
      String[] header = message.getHeader(NOTIFICATION_HEADER);
      if (header != null && header.length > 0) {
        byNotification.putIfAbsent(UUID.fromString(header[0].trim()), nanos);
      }
    } catch (Exception e) {
      // no usable header: the signature in the body still names the notification
    }
    String text;
    try {
      // Decoded content: a quoted-printable line break must not split an id.
      Object content = message.getContent();
      text = message.getSubject() + "\n" + (content instanceof String body ? body : GreenMailUtil.getBody(message));
    } catch (Exception e) {
      return;
    }
    Matcher id = NOTIFICATION.matcher(text);
    while (id.find()) {
      byNotification.putIfAbsent(UUID.fromString(id.group(1)), nanos);
    }
    Matcher emergency = emergencyCase.matcher(text);
    while (emergency.find()) {
      byEmergencyCase.putIfAbsent(emergency.group(), nanos);
    }
  }

  @Override
  public void close() {
    greenMail.stop();
  }
}
