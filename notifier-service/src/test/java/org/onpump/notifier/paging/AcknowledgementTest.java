package org.onpump.notifier.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.onpump.notifier.TestEvents.perfusionist;
import static org.onpump.notifier.TestEvents.secondCall;
import static org.onpump.notifier.paging.EscalationStep.Target.PAGED;
import static org.onpump.notifier.paging.EscalationStep.Target.SECOND_CALL;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.onpump.infra.identity.OnPumpUser;
import org.onpump.infra.identity.TestIdentity;
import org.onpump.notifier.TestEvents;
import org.onpump.shared.event.ContactMethod;
import org.onpump.shared.event.StaffMember;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** A page is acknowledged by its signed link once, by the API or on its web page, and escalation stops. */
class AcknowledgementTest extends PagingTest {

  private static final Duration STEP = Duration.ofMinutes(10);

  @Test
  void theSignedLinkAcknowledgesOnceAndStopsTheEscalation() {
    String department = TestEvents.newDepartment();
    chain(department, STEP, PAGED, SECOND_CALL);
    StaffMember first = perfusionist("David Okafor");
    StaffMember second = perfusionist("Elena Rossi");
    UUID page = page(department, first, secondCall(second)).eventId();
    String link = linkOf(page, first.perfusionistId());
    eventually().until(() -> MailBody.of(MAIL.receivedBy(first.email()).get(0)).contains(link));

    assertThat(mvc.get().uri(path(link))).hasStatusOk().bodyText()
        .contains("Acknowledged", "Escalation stopped", first.perfusionistId());
    assertThat(jdbc.sql("SELECT status || ' ' || acknowledged_by || ' ' || acknowledged_via FROM page WHERE id = :id")
        .param("id", page).query(String.class).single())
        .isEqualTo("ACKNOWLEDGED " + first.perfusionistId() + " LINK");

    CLOCK.advance(STEP.multipliedBy(3));
    await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3))
        .until(() -> notificationsOf(page).size() == 1);
    assertThat(MAIL.receivedBy(second.email())).isEmpty();
    assertThat(audit(page)).contains("ACKNOWLEDGED " + first.perfusionistId())
        .noneMatch(line -> line.startsWith("ESCALATED"));

    assertThat(mvc.get().uri(path(link))).hasStatus(HttpStatus.CONFLICT).bodyText()
        .contains("already used", "A link works once", "acknowledged by " + first.perfusionistId());
    assertThat(audit(page)).filteredOn(line -> line.startsWith("ACK_REFUSED")).hasSize(1);
  }

  @Test
  void aStepMessageNotSentYetIsCancelledByTheAcknowledgement() {
    String department = TestEvents.newDepartment();
    chain(department, STEP, SECOND_CALL);
    StaffMember first = perfusionist("Ana Ortiz");
    String down = WEBHOOKS.url("/slack/down-" + UUID.randomUUID());
    WEBHOOKS.answer(down.substring(down.indexOf("/slack/")), 503);
    StaffMember unreachable = new StaffMember(perfusionist("Ben Carter").perfusionistId(), "Ben Carter", null,
        List.of(new ContactMethod(ContactMethod.Kind.SLACK, down, true, true)));
    UUID page = page(department, first, secondCall(unreachable)).eventId();
    CLOCK.advance(STEP);
    eventually().until(() -> notificationsOf(page).contains(unreachable.perfusionistId() + " PENDING"));
    // The first message has gone (acknowledging before it had would cancel it too, rightly).
    eventually().until(() -> notificationsOf(page).contains(first.perfusionistId() + " SENT"));

    assertThat(mvc.get().uri(path(linkOf(page, first.perfusionistId())))).hasStatusOk();
    assertThat(notificationsOf(page)).containsExactly(first.perfusionistId() + " SENT",
        unreachable.perfusionistId() + " CANCELLED");
  }

  @Test
  void anAlteredOrCutLinkIsRefusedAndChangesNothing() {
    String department = TestEvents.newDepartment();
    chain(department, STEP, PAGED);
    StaffMember first = perfusionist("Jonas Berg");
    UUID page = page(department, first).eventId();
    String link = path(linkOf(page, first.perfusionistId()));
    String altered = swap(link, link.indexOf('.') + 3);
    String otherPayload = swap(link, "/ack/".length() + 2);

    for (String bad : new String[] {altered, otherPayload, link.substring(0, link.indexOf('.')), "/ack/nonsense"}) {
      assertThat(mvc.get().uri(bad)).hasStatus(HttpStatus.BAD_REQUEST).bodyText()
          .contains("not valid", "altered or cut short", "Nothing was acknowledged");
    }
    assertThat(status(page)).isEqualTo("OPEN");
    assertThat(mvc.get().uri(link)).hasStatusOk();
  }

  /** The link with one character changed (to one that differs in its high bits, so that the bytes change). */
  private static String swap(String link, int at) {
    char changed = link.charAt(at) == 'Q' ? 'A' : 'Q';
    return link.substring(0, at) + changed + link.substring(at + 1);
  }

  @Test
  void anExpiredLinkIsRefusedWithItsExpiry() {
    String department = TestEvents.newDepartment();
    chain(department, Duration.ofHours(24), PAGED);
    StaffMember first = perfusionist("Kara Singh");
    UUID page = page(department, first).eventId();
    String link = path(linkOf(page, first.perfusionistId()));

    CLOCK.advance(Duration.ofHours(13));
    assertThat(mvc.get().uri(link)).hasStatus(HttpStatus.GONE).bodyText().contains("expired at", "Nothing was");
    assertThat(status(page)).isEqualTo("OPEN");
  }

  @Test
  void theApiAcknowledgesAsAPersonThePageReachedAndRefusesAnyoneElse() {
    String department = TestEvents.newDepartment();
    chain(department, STEP, PAGED);
    StaffMember first = perfusionist("Liam Walsh");
    UUID page = page(department, first).eventId();

    assertThat(acknowledgeAs(page, "p-stranger")).hasStatus(HttpStatus.FORBIDDEN).bodyJson()
        .extractingPath("$.outcome").isEqualTo("NOT_PAGED");
    assertThat(acknowledgeAs(page, "Liam Walsh")).hasStatus(HttpStatus.BAD_REQUEST).bodyJson()
        .extractingPath("$.errors[0].field").isEqualTo("perfusionistId");
    assertThat(acknowledgeAs(page, first.perfusionistId())).hasStatusOk().bodyJson()
        .extractingPath("$.page.acknowledgedVia").isEqualTo("API");
    assertThat(acknowledgeAs(page, first.perfusionistId())).hasStatus(HttpStatus.CONFLICT)
        .bodyJson().extractingPath("$.outcome").isEqualTo("ALREADY_ACKNOWLEDGED");
    assertThat(mvc.get().uri("/api/v1/pages/{id}", page)).hasStatusOk().bodyJson()
        .extractingPath("$.page.status").isEqualTo("ACKNOWLEDGED");
  }

  private MvcTestResult acknowledgeAs(UUID page, String perfusionistId) {
    return mvc.post().uri("/api/v1/pages/{id}/acknowledgements", page).contentType("application/json")
        .header(HttpHeaders.AUTHORIZATION, as(OnPumpUser.perfusionist(perfusionistId, "any")))
        .content("{\"perfusionistId\": \"" + perfusionistId + "\"}").exchange();
  }

  @Test
  void aPerfusionistSeesAndAcknowledgesTheirOwnPagesOnly() {
    String department = TestEvents.newDepartment();
    chain(department, STEP, PAGED);
    StaffMember paged = perfusionist("Chloe Nguyen");
    StaffMember colleague = perfusionist("Omar Haddad");
    UUID page = page(department, paged).eventId();
    String pagedToken = as(OnPumpUser.perfusionist(paged.perfusionistId(), department));
    String colleagueToken = as(OnPumpUser.perfusionist(colleague.perfusionistId(), department));

    await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(mvc.get()
        .uri("/api/v1/perfusionists/{p}/pages", paged.perfusionistId()).header(HttpHeaders.AUTHORIZATION, pagedToken))
        .hasStatusOk().bodyJson().extractingPath("$[0].id").isEqualTo(page.toString()));
    assertThat(mvc.get().uri("/api/v1/pages/{id}", page).header(HttpHeaders.AUTHORIZATION, pagedToken))
        .hasStatusOk();

    // A colleague's token: not on another person's page, their list, their notifications or as them.
    assertThat(mvc.get().uri("/api/v1/pages/{id}", page).header(HttpHeaders.AUTHORIZATION, colleagueToken))
        .hasStatus(HttpStatus.FORBIDDEN);
    assertThat(mvc.get().uri("/api/v1/perfusionists/{p}/pages", paged.perfusionistId())
        .header(HttpHeaders.AUTHORIZATION, colleagueToken)).hasStatus(HttpStatus.FORBIDDEN);
    assertThat(mvc.get().uri("/api/v1/perfusionists/{p}/notifications", paged.perfusionistId())
        .header(HttpHeaders.AUTHORIZATION, colleagueToken)).hasStatus(HttpStatus.FORBIDDEN);
    assertThat(mvc.post().uri("/api/v1/pages/{id}/acknowledgements", page).contentType("application/json")
        .header(HttpHeaders.AUTHORIZATION, colleagueToken)
        .content("{\"perfusionistId\": \"" + paged.perfusionistId() + "\"}")).hasStatus(HttpStatus.FORBIDDEN);
    // Nor the manager's endpoints.
    assertThat(mvc.get().uri("/api/v1/departments/{d}/pages", department)
        .header(HttpHeaders.AUTHORIZATION, pagedToken)).hasStatus(HttpStatus.FORBIDDEN);
    assertThat(mvc.get().uri("/api/v1/departments/{d}/audit", department)
        .header(HttpHeaders.AUTHORIZATION, pagedToken)).hasStatus(HttpStatus.FORBIDDEN);
    assertThat(mvc.put().uri("/api/v1/departments/{d}/escalation-policies/EMERGENCY", department)
        .header(HttpHeaders.AUTHORIZATION, pagedToken).contentType("application/json")
        .content("[{\"target\":\"PAGED\",\"after\":\"PT1M\"}]")).hasStatus(HttpStatus.FORBIDDEN);
    // The page is still open: nothing a refused caller did changed it.
    assertThat(mvc.get().uri("/api/v1/pages/{id}", page)).hasStatusOk().bodyJson()
        .extractingPath("$.page.status").isEqualTo("OPEN");

    String manager = as(OnPumpUser.manager(department));
    assertThat(mvc.get().uri("/api/v1/departments/{d}/pages", department).header(HttpHeaders.AUTHORIZATION, manager))
        .hasStatusOk();
    assertThat(mvc.get().uri("/api/v1/pages/{id}", page).header(HttpHeaders.AUTHORIZATION, manager)).hasStatusOk();
    assertThat(mvc.get().uri("/api/v1/departments/{d}/pages", department)
        .header(HttpHeaders.AUTHORIZATION, as(OnPumpUser.manager("another-" + department))))
        .hasStatus(HttpStatus.FORBIDDEN);
    assertThat(acknowledgeAs(page, paged.perfusionistId())).hasStatusOk();
  }

  @Test
  void aBadOrExpiredTokenIsRefusedWith401() {
    assertThat(mvc.get().uri("/api/v1/departments/{d}/pages", "any")
        .header(HttpHeaders.AUTHORIZATION, "Bearer not.a.token")).hasStatus(HttpStatus.UNAUTHORIZED);
    String expired = "Bearer " + TestIdentity.provider().tokenFor(OnPumpUser.admin(),
        java.time.Instant.now().minusSeconds(600));
    assertThat(mvc.get().uri("/api/v1/departments/{d}/pages", "any").header(HttpHeaders.AUTHORIZATION, expired))
        .hasStatus(HttpStatus.UNAUTHORIZED);
  }
}
