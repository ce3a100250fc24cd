package org.onpump.notifier.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onpump.notifier.TestEvents.notificationRequested;
import static org.onpump.notifier.TestEvents.perfusionist;

import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.onpump.notifier.NotifierServiceTest;
import org.onpump.shared.event.NotificationRequested;
import org.onpump.shared.event.StaffMember;
import org.onpump.shared.kafka.Topics;
import org.springframework.beans.factory.annotation.Autowired;

class NotificationRequestTest extends NotifierServiceTest {

  @Autowired
  NotificationRecorder recorder;

  @Test
  void aNotificationRequestFromAnyServiceIsEmailedToItsRecipient() throws Exception {
    StaffMember grace = perfusionist("Grace Kim");
    NotificationRequested request = notificationRequested(grace, "Tomorrow's list changed");

    publish(Topics.NOTIFICATION_REQUESTS, request);

    eventually().untilAsserted(() -> assertThat(MAIL.receivedBy(grace.email())).hasSize(1));
    MimeMessage mail = MAIL.receivedBy(grace.email()).get(0);
    assertThat(mail.getSubject()).isEqualTo("OnPump: Tomorrow's list changed");
    eventually().untilAsserted(() -> assertThat(mvc.get().uri("/api/v1/perfusionists/{id}/notifications",
            grace.perfusionistId()))
        .bodyJson()
        .isLenientlyEqualTo("""
            [{"notificationId": "%s", "causationEventId": "%s", "urgency": "URGENT", "channel": "EMAIL",
              "address": "%s", "message": "%s", "status": "SENT", "attempts": 1}]"""
            .formatted(request.eventId(), request.causationEventId(), grace.email(), request.message())));
  }

  @Test
  void recordingTheSameRequestTwiceKeepsOneNotification() {
    NotificationRequested request = notificationRequested(perfusionist("Hugo Lambert"), "Rota published");

    assertThat(recorder.record(request)).isTrue();
    assertThat(recorder.record(request)).isFalse();

    assertThat(jdbc.sql("SELECT count(*) FROM notification WHERE id = ?").param(request.eventId())
        .query(Long.class).single()).isEqualTo(1);
  }

  @Test
  void aRecipientWithoutAUsableAddressIsMarkedFailedWithTheReason() {
    StaffMember noAddress = new StaffMember(perfusionist("Kara Singh").perfusionistId(), "Kara Singh", null);
    StaffMember badAddress = new StaffMember(perfusionist("Liam Walsh").perfusionistId(), "Liam Walsh", "liam at home");

    publish(Topics.NOTIFICATION_REQUESTS, notificationRequested(noAddress, "Rota published"));
    publish(Topics.NOTIFICATION_REQUESTS, notificationRequested(badAddress, "Rota published"));

    eventually().untilAsserted(() -> {
      assertThat(mvc.get().uri("/api/v1/perfusionists/{id}/notifications", noAddress.perfusionistId()))
          .bodyJson().isLenientlyEqualTo("""
              [{"status": "FAILED", "address": null,
                "lastError": "the recipient has no email address or other contact method for this notification"}]""");
      assertThat(mvc.get().uri("/api/v1/perfusionists/{id}/notifications", badAddress.perfusionistId()))
          .bodyJson().extractingPath("$[0].lastError").asString()
          .contains("'liam at home' is not a valid email address");
    });
    assertThat(MAIL.receivedBy("liam at home")).isEmpty();
  }
}
