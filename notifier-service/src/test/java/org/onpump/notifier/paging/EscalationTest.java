package org.onpump.notifier.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.onpump.notifier.TestEvents.chief;
import static org.onpump.notifier.TestEvents.perfusionist;
import static org.onpump.notifier.TestEvents.secondCall;
import static org.onpump.notifier.paging.EscalationStep.Target.CHIEF;
import static org.onpump.notifier.paging.EscalationStep.Target.PAGED;
import static org.onpump.notifier.paging.EscalationStep.Target.SECOND_CALL;

import jakarta.mail.MessagingException;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.onpump.notifier.TestEvents;
import org.onpump.shared.event.ContactMethod;
import org.onpump.shared.event.NotificationRequested;
import org.onpump.shared.event.StaffMember;
import org.onpump.shared.kafka.Topics;

/** An unacknowledged page escalates through every step of its chain on a clock the test moves. */
class EscalationTest extends PagingTest {

  private static final Duration STEP = Duration.ofMinutes(10);

  @Test
  void anUnacknowledgedPageRepeatsThenGoesToSecondCallThenToTheChiefEachStepOnceAndOnTime()
      throws MessagingException {
    String department = TestEvents.newDepartment();
    chain(department, STEP, PAGED, SECOND_CALL, CHIEF);
    StaffMember first = perfusionist("Farid Haddad");
    StaffMember second = perfusionist("Grace Kim");
    StaffMember head = perfusionist("Ana Ortiz");
    UUID page = page(department, first, secondCall(second), chief(head)).eventId();
    eventually().until(() -> MAIL.receivedBy(first.email()).size() == 1);
    assertThat(MAIL.receivedBy(first.email()).get(0).getSubject()).startsWith("OnPump: EMERGENCY bypass");

    // Not yet due: nothing more, however often the timers are looked at.
    CLOCK.advance(STEP.minusSeconds(30));
    await().during(Duration.ofMillis(600)).atMost(Duration.ofSeconds(2))
        .until(() -> notificationsOf(page).size() == 1);

    CLOCK.advance(Duration.ofSeconds(30));
    eventually().until(() -> MAIL.receivedBy(first.email()).size() == 2);
    assertThat(MAIL.receivedBy(first.email()).get(1).getSubject())
        .isEqualTo("OnPump: NOT ACKNOWLEDGED (10 min): EMERGENCY bypass at demo-general, OR-2");
    assertThat(MAIL.receivedBy(second.email())).isEmpty();

    CLOCK.advance(STEP);
    eventually().until(() -> MAIL.receivedBy(second.email()).size() == 1);
    assertThat(MAIL.receivedBy(second.email()).get(0).getSubject()).contains("NOT ACKNOWLEDGED (20 min)");
    assertThat(MAIL.receivedBy(head.email())).isEmpty();

    CLOCK.advance(STEP);
    eventually().until(() -> MAIL.receivedBy(head.email()).size() == 1);
    assertThat(MailBody.of(MAIL.receivedBy(head.email()).get(0)))
        .contains("You are paged as chief perfusionist", "Acknowledge: http://localhost:8081/ack/");
    eventually().until(() -> status(page).equals("EXHAUSTED"));

    // Every step fired once: nothing more comes, however long nobody answers.
    CLOCK.advance(STEP.multipliedBy(3));
    await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3)).until(() -> MAIL.receivedBy(first.email())
        .size() == 2 && MAIL.receivedBy(second.email()).size() == 1 && MAIL.receivedBy(head.email()).size() == 1);
    assertThat(notificationsOf(page)).containsExactly(first.perfusionistId() + " SENT",
        first.perfusionistId() + " SENT", second.perfusionistId() + " SENT", head.perfusionistId() + " SENT");
    assertThat(audit(page)).filteredOn(line -> line.startsWith("PAGE_OPENED") || line.startsWith("ESCALATED"))
        .containsExactly("PAGE_OPENED " + first.perfusionistId(), "ESCALATED " + first.perfusionistId(),
            "ESCALATED " + second.perfusionistId(), "ESCALATED " + head.perfusionistId());
    assertThat(audit(page)).filteredOn(line -> line.startsWith("DELIVERED")).hasSize(4);
    assertThat(jdbc.sql("""
            SELECT count(*) FROM escalation_timer
             WHERE page_id = :id AND fired_at >= due_at AND fired_at < due_at + interval '5 seconds'""")
        .param("id", page).query(Long.class).single()).as("steps fired within 5 s of their due time").isEqualTo(3);
  }

  @Test
  void aStepWhoseRoleThePageDidNotNameIsSkippedAndTheChainGoesOn() {
    String department = TestEvents.newDepartment();
    chain(department, STEP, SECOND_CALL, CHIEF);
    StaffMember first = perfusionist("Hugo Lambert");
    StaffMember head = perfusionist("Ana Ortiz");
    UUID page = page(department, first, chief(head)).eventId();

    CLOCK.advance(STEP);
    eventually().until(() -> audit(page).contains("STEP_SKIPPED -"));
    assertThat(MAIL.receivedBy(head.email())).isEmpty();
    CLOCK.advance(STEP);
    eventually().until(() -> MAIL.receivedBy(head.email()).size() == 1);
  }

  @Test
  void aStepThatCannotBeRecordedFailsAloneAndTheChainGoesOn() {
    String department = TestEvents.newDepartment();
    chain(department, STEP, SECOND_CALL, CHIEF);
    StaffMember first = perfusionist("Jonas Berg");
    StaffMember head = perfusionist("Ana Ortiz");
    // A webhook URL longer than the notification's address column: the step's notification cannot be stored.
    StaffMember broken = new StaffMember(perfusionist("Kara Singh").perfusionistId(), "Kara Singh", null,
        List.of(new ContactMethod(ContactMethod.Kind.SLACK, WEBHOOKS.url("/slack/" + "x".repeat(3000)), true, true)));
    UUID page = page(department, first, secondCall(broken), chief(head)).eventId();

    CLOCK.advance(STEP);
    eventually().until(() -> audit(page).contains("STEP_FAILED -"));
    CLOCK.advance(STEP);
    eventually().until(() -> MAIL.receivedBy(head.email()).size() == 1);
    assertThat(jdbc.sql("SELECT outcome FROM escalation_timer WHERE page_id = :id ORDER BY step")
        .param("id", page).query(String.class).list()).satisfiesExactly(
            outcome -> assertThat(outcome).startsWith("failed: "),
            outcome -> assertThat(outcome).isEqualTo("paged " + head.perfusionistId()));
    eventually().until(() -> status(page).equals("EXHAUSTED"));

    // A chain whose last step fails is over too.
    String other = TestEvents.newDepartment();
    chain(other, STEP, SECOND_CALL);
    UUID lastFails = page(other, perfusionist("Liam Walsh"), secondCall(broken)).eventId();
    CLOCK.advance(STEP);
    eventually().until(() -> status(lastFails).equals("EXHAUSTED"));
    assertThat(audit(lastFails)).contains("STEP_FAILED -");
  }

  @Test
  void aPageDeliveredTwiceOpensOnceAndPagesOnce() {
    String department = TestEvents.newDepartment();
    chain(department, STEP, PAGED);
    StaffMember first = perfusionist("Ines Silva");
    NotificationRequested request = TestEvents.page(department, first);
    publish(Topics.NOTIFICATION_REQUESTS, request);
    publish(Topics.NOTIFICATION_REQUESTS, request);
    eventually().until(() -> MAIL.receivedBy(first.email()).size() == 1);
    await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3))
        .until(() -> MAIL.receivedBy(first.email()).size() == 1);
    assertThat(audit(request.eventId())).filteredOn(line -> line.startsWith("PAGE_OPENED")).hasSize(1);
    assertThat(jdbc.sql("SELECT count(*) FROM escalation_timer WHERE page_id = :id").param("id", request.eventId())
        .query(Long.class).single()).isEqualTo(1);
  }
}
