package org.onpump.notifier.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.onpump.notifier.NotifierServiceTest;
import org.onpump.notifier.TestEvents;
import org.onpump.notifier.WebhookReceiver.Request;
import org.onpump.shared.event.ContactMethod;
import org.onpump.shared.event.ContactMethod.Kind;
import org.onpump.shared.event.NotificationRequested;
import org.onpump.shared.event.StaffMember;
import org.onpump.shared.kafka.Topics;

/**
 * Every channel against a real server: SMS and voice gateways, Slack and Teams incoming webhooks (a real HTTP
 * server) and email (GreenMail); a failing method hands over to the person's next one; routine notices and pages
 * take the methods the person chose for each.
 */
class ChannelsTest extends NotifierServiceTest {

  @Test
  void eachChannelDeliversAPageInItsOwnFormatWithTheAcknowledgementLink() {
    String phone = phone();
    String voice = phone();
    String slack = WEBHOOKS.url("/slack/" + UUID.randomUUID());
    String teams = WEBHOOKS.url("/teams/" + UUID.randomUUID());
    NotificationRequested sms = page(person(new ContactMethod(Kind.SMS, phone, true, false)));
    NotificationRequested call = page(person(new ContactMethod(Kind.VOICE, voice, true, false)));
    NotificationRequested chat = page(person(new ContactMethod(Kind.SLACK, slack, true, false)));
    NotificationRequested card = page(person(new ContactMethod(Kind.TEAMS, teams, true, false)));

    eventually().until(() -> WEBHOOKS.received("/sms", phone).size() == 1
        && WEBHOOKS.received("/voice", voice).size() == 1 && WEBHOOKS.received(path(slack), "").size() == 1
        && WEBHOOKS.received(path(teams), "").size() == 1);
    Request text = WEBHOOKS.received("/sms", phone).get(0);
    assertThat(text.idempotencyKey()).isEqualTo(sms.eventId().toString());
    assertThat(text.contentType()).startsWith("application/json");
    assertThat(text.body()).contains("\"channel\":\"SMS\"", "\"to\":\"" + phone + "\"", "\"urgent\":true",
        "\"text\":\"OnPump: EMERGENCY bypass at demo-general, OR-2 Acknowledge: http://localhost:8081/ack/",
        "\"notificationId\":\"" + sms.eventId() + "\"");
    assertThat(WEBHOOKS.received("/voice", voice).get(0).body()).contains("\"channel\":\"VOICE\"");
    assertThat(WEBHOOKS.received("/voice", voice).get(0).idempotencyKey()).isEqualTo(call.eventId().toString());
    assertThat(WEBHOOKS.received(path(slack), "").get(0).body())
        .startsWith("{\"text\":\"*OnPump: EMERGENCY bypass at demo-general, OR-2*\\n").contains("|Acknowledge>");
    assertThat(WEBHOOKS.received(path(slack), "").get(0).idempotencyKey()).isEqualTo(chat.eventId().toString());
    assertThat(WEBHOOKS.received(path(teams), "").get(0).body())
        .contains("\"@type\":\"MessageCard\"", "\"title\":\"OnPump: EMERGENCY bypass", "\"@type\":\"OpenUri\"",
            "\"name\":\"Acknowledge\"");
    assertThat(WEBHOOKS.received(path(teams), "").get(0).idempotencyKey()).isEqualTo(card.eventId().toString());
    // The gateway has it a moment before the notifier records that.
    eventually().untilAsserted(() -> {
      assertThat(statusOf(sms.eventId())).isEqualTo("SENT SMS");
      assertThat(statusOf(card.eventId())).isEqualTo("SENT TEAMS");
    });
  }

  @Test
  void aChannelThatKeepsFailingHandsThePageToTheNextMethodAndTheAuditSaysWhy() {
    String slack = WEBHOOKS.url("/slack/down-" + UUID.randomUUID());
    WEBHOOKS.answer(path(slack), 503);
    String email = "fallback-" + UUID.randomUUID() + "@test.onpump.org";
    NotificationRequested page = page(person(new ContactMethod(Kind.SLACK, slack, true, true),
        ContactMethod.email(email)));

    eventually().until(() -> MAIL.receivedBy(email).size() == 1 && statusOf(page.eventId()).equals("SENT EMAIL"));
    assertThat(WEBHOOKS.received(path(slack), "")).as("tries on Slack (page-attempts-per-method)").hasSize(2);
    assertThat(audit(page.eventId())).containsExactly("ATTEMPT_FAILED SLACK", "FELL_BACK SLACK", "DELIVERED EMAIL");
  }

  @Test
  void aMethodThatCannotWorkIsLeftAtOnceForTheNext() {
    String teams = WEBHOOKS.url("/teams/gone-" + UUID.randomUUID());
    WEBHOOKS.answer(path(teams), 404);
    String phone = phone();
    NotificationRequested page = page(person(new ContactMethod(Kind.TEAMS, teams, true, false),
        new ContactMethod(Kind.SMS, phone, true, false)));

    eventually().until(() -> WEBHOOKS.received("/sms", phone).size() == 1
        && statusOf(page.eventId()).equals("SENT SMS"));
    assertThat(WEBHOOKS.received(path(teams), "")).hasSize(1);
    assertThat(audit(page.eventId())).containsExactly("FELL_BACK TEAMS", "DELIVERED SMS");
  }

  @Test
  void aMethodWithABadAddressNeverStopsThePageItIsAuditedAndTheNextMethodTaken() {
    String phone = phone();
    NotificationRequested page = page(person(new ContactMethod(Kind.SMS, "555-0101", true, false),
        new ContactMethod(Kind.VOICE, phone, true, false)));

    eventually().until(() -> WEBHOOKS.received("/voice", phone).size() == 1
        && statusOf(page.eventId()).equals("SENT VOICE"));
    assertThat(WEBHOOKS.received("/sms", "555-0101")).isEmpty();
    assertThat(audit(page.eventId())).containsExactly("FELL_BACK SMS", "DELIVERED VOICE");
    assertThat(jdbc.sql("SELECT detail FROM audit_entry WHERE notification_id = :id AND action = 'FELL_BACK'")
        .param("id", page.eventId()).query(String.class).single())
        .contains("'555-0101' is not a phone number in E.164 form");
  }

  @Test
  void routineNoticesAndPagesTakeTheMethodsThePersonChoseForEach() {
    String phone = phone();
    StaffMember person = person(new ContactMethod(Kind.SMS, phone, true, false),
        new ContactMethod(Kind.EMAIL, "routine-" + UUID.randomUUID() + "@test.onpump.org", false, true));
    NotificationRequested routine = new NotificationRequested(UUID.randomUUID(), Instant.now(),
        "onpump-scheduler", TestEvents.HOSPITAL, TestEvents.DEPARTMENT, 1, UUID.randomUUID(), person,
        NotificationRequested.Urgency.ROUTINE, "Second call on Saturday", "You are second call on Saturday.");
    publish(Topics.NOTIFICATION_REQUESTS, routine);
    NotificationRequested page = page(person);

    eventually().until(() -> statusOf(routine.eventId()).equals("SENT EMAIL")
        && statusOf(page.eventId()).equals("SENT SMS"));
    assertThat(MAIL.receivedBy(person.contactMethods().get(1).address())).hasSize(1);
    assertThat(WEBHOOKS.received("/sms", phone)).hasSize(1);
  }

  private NotificationRequested page(StaffMember person) {
    NotificationRequested page = TestEvents.page(TestEvents.newDepartment(), person);
    publish(Topics.NOTIFICATION_REQUESTS, page);
    return page;
  }

  private static StaffMember person(ContactMethod... methods) {
    StaffMember someone = TestEvents.perfusionist("Ben Carter");
    return new StaffMember(someone.perfusionistId(), someone.displayName(), someone.email(), List.of(methods));
  }

  private static String phone() {
    return "+1555" + ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999);
  }

  private static String path(String url) {
    return url.substring(url.indexOf('/', "http://".length()));
  }

  /** {@code status channel}, or {@code none} while the notification is not recorded yet. */
  private String statusOf(UUID notificationId) {
    return jdbc.sql("SELECT status || ' ' || channel FROM notification WHERE id = :id").param("id", notificationId)
        .query(String.class).optional().orElse("none");
  }

  private List<String> audit(UUID notificationId) {
    return jdbc.sql("SELECT action || ' ' || channel FROM audit_entry WHERE notification_id = :id ORDER BY at, id")
        .param("id", notificationId).query(String.class).list();
  }
}
