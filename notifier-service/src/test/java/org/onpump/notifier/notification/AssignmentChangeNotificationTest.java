package org.onpump.notifier.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onpump.notifier.TestEvents.assignmentChanged;
import static org.onpump.notifier.TestEvents.perfusionist;

import jakarta.mail.internet.MimeMessage;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.onpump.notifier.MailServer;
import org.onpump.notifier.NotifierServiceTest;
import org.onpump.shared.event.AssignmentChanged;
import org.onpump.shared.event.StaffMember;
import org.onpump.shared.kafka.Topics;

class AssignmentChangeNotificationTest extends NotifierServiceTest {

  @Test
  void eachAffectedPerfusionistIsEmailedOnceAndSeesTheNotification() throws Exception {
    StaffMember ben = perfusionist("Ben Carter");
    StaffMember ana = perfusionist("Ana Ortiz");
    AssignmentChanged change = assignmentChanged(ben, ana);

    publish(Topics.ASSIGNMENT_CHANGES, change);

    eventually().untilAsserted(() -> {
      assertThat(MAIL.receivedBy(ana.email())).hasSize(1);
      assertThat(MAIL.receivedBy(ben.email())).hasSize(1);
    });
    MimeMessage toAna = MAIL.receivedBy(ana.email()).get(0);
    assertThat(toAna.getAllRecipients()).extracting(Object::toString).containsExactly(ana.email());
    assertThat(toAna.getFrom()).extracting(Object::toString).containsExactly("onpump@localhost");
    assertThat(toAna.getSubject()).isEqualTo("OnPump: you are assigned to CABG in OR-1, Mon 23 Nov 07:30");
    assertThat(MailServer.body(toAna)).contains("planned start Mon 23 Nov 2026, 07:30 (America/New_York)");
    MimeMessage toBen = MAIL.receivedBy(ben.email()).get(0);
    assertThat(toBen.getAllRecipients()).extracting(Object::toString).containsExactly(ben.email());
    assertThat(toBen.getSubject()).startsWith("OnPump: you are no longer on CABG in OR-1");
    assertThat(jdbc.sql("SELECT count(*) FROM notification WHERE causation_event_id = ?")
        .param(change.eventId()).query(Long.class).single()).isEqualTo(2);

    eventually().untilAsserted(() -> assertThat(
            mvc.get().uri("/api/v1/perfusionists/{id}/notifications", ana.perfusionistId()))
        .hasStatusOk()
        .bodyJson()
        .extractingPath("$[0].status").isEqualTo("SENT"));
    assertThat(mvc.get().uri("/api/v1/perfusionists/{id}/notifications", ana.perfusionistId()))
        .bodyJson()
        .isLenientlyEqualTo("""
            [{"notificationId": "%s", "causationEventId": "%s", "departmentId": "demo-cardiac",
              "hospitalId": "demo-general", "urgency": "ROUTINE", "channel": "EMAIL", "address": "%s",
              "subject": "OnPump: you are assigned to CABG in OR-1, Mon 23 Nov 07:30", "status": "SENT",
              "attempts": 1, "lastError": null}]"""
            .formatted(AssignmentNotices.notificationId(change.eventId(), ana.perfusionistId()), change.eventId(),
                ana.email()));
  }

  @Test
  void aRedeliveredAssignmentChangeSendsNothingTwice() {
    StaffMember ana = perfusionist("Ana Ortiz");
    AssignmentChanged change = assignmentChanged(null, ana);
    publish(Topics.ASSIGNMENT_CHANGES, change);
    eventually().untilAsserted(() -> assertThat(MAIL.receivedBy(ana.email())).hasSize(1));

    publish(Topics.ASSIGNMENT_CHANGES, change);
    // A later change on the same partition: once it is emailed, the redelivery before it has been processed.
    AssignmentChanged later = assignmentChanged(null, ana);
    publish(Topics.ASSIGNMENT_CHANGES, later);

    eventually().untilAsserted(() -> assertThat(statuses(ana)).containsExactly("SENT", "SENT"));
    List<MimeMessage> received = MAIL.receivedBy(ana.email());
    assertThat(received).hasSize(2);
    assertThat(received).extracting(MailServer::body)
        .anySatisfy(body -> assertThat(body).contains(change.caseId()))
        .anySatisfy(body -> assertThat(body).contains(later.caseId()));
  }

  private List<String> statuses(StaffMember person) {
    return jdbc.sql("SELECT status FROM notification WHERE perfusionist_id = ?")
        .param(person.perfusionistId()).query(String.class).list();
  }
}
