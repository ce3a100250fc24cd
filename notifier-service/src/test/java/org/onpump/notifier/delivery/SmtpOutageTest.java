package org.onpump.notifier.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onpump.notifier.TestEvents.notificationRequested;
import static org.onpump.notifier.TestEvents.perfusionist;

import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.onpump.notifier.NotifierServiceTest;
import org.onpump.shared.event.NotificationRequested;
import org.onpump.shared.event.StaffMember;
import org.onpump.shared.kafka.Topics;
import org.springframework.beans.factory.annotation.Autowired;

class SmtpOutageTest extends NotifierServiceTest {

  @Autowired
  MeterRegistry meters;

  @Test
  void whileTheSmtpServerIsDownANotificationIsRetriedAndDeliveredWhenItComesBack() {
    StaffMember chloe = perfusionist("Chloe Nguyen");
    NotificationRequested request = notificationRequested(chloe, "On call tonight");
    double retriedBefore = retried();

    MAIL.stop();
    try {
      publish(Topics.NOTIFICATION_REQUESTS, request);
      eventually().untilAsserted(() -> {
        Map<String, Object> row = row(request);
        assertThat(row.get("status")).isEqualTo("PENDING");
        assertThat((Integer) row.get("attempts")).isGreaterThanOrEqualTo(2);
        assertThat((String) row.get("last_error")).contains("MailSendException");
      });
    } finally {
      MAIL.start();
    }

    eventually().untilAsserted(() -> assertThat(MAIL.receivedBy(chloe.email())).hasSize(1));
    eventually().untilAsserted(() -> {
      Map<String, Object> row = row(request);
      assertThat(row.get("status")).isEqualTo("SENT");
      assertThat((Integer) row.get("attempts")).isGreaterThanOrEqualTo(3);
      assertThat(row.get("last_error")).isNull();
      assertThat(row.get("sent_at")).isNotNull();
    });
    assertThat(retried()).isGreaterThanOrEqualTo(retriedBefore + 2);
  }

  /** The notification's row; not there yet is a failed assertion, so {@code eventually()} asks again. */
  private Map<String, Object> row(NotificationRequested request) {
    List<Map<String, Object>> rows = jdbc.sql(
            "SELECT status, attempts, last_error, sent_at FROM notification WHERE id = ?")
        .param(request.eventId()).query().listOfRows();
    assertThat(rows).as("the notification is recorded").hasSize(1);
    return rows.get(0);
  }

  private double retried() {
    return meters.get("onpump.notifications").tag("outcome", "retried").counter().count();
  }
}
