package org.onpump.notifier.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onpump.notifier.TestEvents.notificationRequested;
import static org.onpump.notifier.TestEvents.perfusionist;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.onpump.notifier.NotifierServiceTest;
import org.onpump.shared.event.NotificationRequested;
import org.onpump.shared.event.StaffMember;
import org.onpump.shared.kafka.Topics;

/** Every email names its notification, so that an email sent twice is recognisably the same message. */
class EmailIdentityTest extends NotifierServiceTest {

  @Test
  void anEmailCarriesItsNotificationIdAsHeaderAndInItsMessageId() throws Exception {
    StaffMember ines = perfusionist("Ines Silva");
    NotificationRequested request = notificationRequested(ines, "Swap for Friday night");

    publish(Topics.NOTIFICATION_REQUESTS, request);

    MimeMessage mail = eventually().until(() -> MAIL.receivedBy(ines.email()), received -> received.size() == 1)
        .get(0);
    assertThat(mail.getHeader("X-OnPump-Notification-Id")).containsExactly(request.eventId().toString());
    assertThat(mail.getMessageID()).isEqualTo("<" + request.eventId() + "@notifications.onpump>");
  }

  @Test
  void aNotificationSentAgainKeepsItsMessageIdAndTwoNotificationsHaveTwo() throws Exception {
    StaffMember hugo = perfusionist("Hugo Lambert");
    NotificationRequested first = notificationRequested(hugo, "First call tonight");
    NotificationRequested second = notificationRequested(hugo, "Second call tomorrow");
    publish(Topics.NOTIFICATION_REQUESTS, first);
    eventually().until(() -> MAIL.receivedBy(hugo.email()).size() == 1);

    // As after a crash between the SMTP server's answer and the SENT mark: the row is due again and goes again.
    jdbc.sql("UPDATE notification SET status = 'PENDING', next_attempt_at = now() WHERE id = ?")
        .param(first.eventId()).update();
    publish(Topics.NOTIFICATION_REQUESTS, second);

    List<MimeMessage> received = eventually().until(() -> MAIL.receivedBy(hugo.email()), all -> all.size() == 3);
    List<String> messageIds = received.stream().map(EmailIdentityTest::messageId).toList();
    assertThat(messageIds).containsExactlyInAnyOrder("<" + first.eventId() + "@notifications.onpump>",
        "<" + first.eventId() + "@notifications.onpump>", "<" + second.eventId() + "@notifications.onpump>");
  }

  private static String messageId(MimeMessage message) {
    try {
      return message.getMessageID();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }
}
