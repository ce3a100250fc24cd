package org.onpump.scheduler.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.onpump.infra.identity.OnPumpUser;
import org.onpump.infra.identity.TestIdentity;
import org.onpump.infra.servers.RealServersConfiguration;
import org.onpump.scheduler.SignedInAsAdmin;
import org.onpump.scheduler.TestDepartment;
import org.onpump.shared.event.Competency;
import org.onpump.shared.event.OnPumpEvent;
import org.onpump.shared.json.EventCodec;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.client.RestClient;

/**
 * The web page in a real headless chromium against the whole service (real PostgreSQL and Kafka): a department's
 * cases are posted as hospitals post them, and the page shows what a manager and a perfusionist need.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import({RealServersConfiguration.class, SignedInAsAdmin.class})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebPageBrowserTest {

  private static final ZoneId ZONE = ZoneId.of(TestDepartment.ZONE);

  @LocalServerPort
  int port;

  @Autowired
  JdbcClient jdbc;

  private Browser browser;
  private RestClient http;
  private TestDepartment department;
  private LocalDate caseDay;

  @BeforeAll
  void seedADepartmentAndStartChromium() throws IOException {
    browser = Browser.start("http://localhost:" + port, TestDepartment.ZONE);
    http = RestClient.create("http://localhost:" + port);
    department = TestDepartment.create(jdbc);
    caseDay = LocalDate.now(ZONE).plusDays(2);
    Instant nine = caseDay.atTime(9, 0).atZone(ZONE).toInstant();
    post(department.scheduled("page-ecmo", Competency.ECMO_ADULT, nine, 120));
    post(department.scheduled("page-hipec", "HIPEC", Competency.HIPEC, nine.plus(4, ChronoUnit.HOURS), 90));
    assertThat(department.awaitAssignee(jdbc, "page-ecmo")).contains(department.ccp());
    assertThat(department.awaitAssignee(jdbc, "page-hipec")).as("nobody is competent for HIPEC").isEmpty();
  }

  @AfterAll
  void stopChromium() {
    if (browser != null) {
      browser.close();
    }
  }

  @Test
  void rosterShowsTheCaseSeatWithItsPerfusionistByPersonAndByRoomAndMarksUnfilledSeats() throws IOException {
    browser.open(OnPumpUser.manager(department.departmentId()), null, "roster");
    showRosterOf(caseDay);
    WebElement byPerson = browser.await(By.cssSelector(
        ".tl-row[data-row='Cora Certified'] .bar[data-seat='" + seat("page-ecmo") + "']"));
    assertThat(byPerson.getText()).contains("09:00–11:00").contains("Primary · CABG · OR-1");
    WebElement unfilled = browser.await(By.cssSelector(
        ".tl-row[data-row='Unfilled seats'] .bar.unfilled[data-seat='" + seat("page-hipec") + "']"));
    assertThat(unfilled.getText()).contains("UNFILLED").contains("13:00–14:30");
    assertThat(browser.await(By.cssSelector("#view-roster .summary")).getText()).contains("unfilled");
    assertThat(browser.await(By.cssSelector("#view-roster .zone-note")).getText())
        .contains("America/New_York", "the hospital's time zone");
    browser.screenshot(Path.of("target/browser/roster.png"));

    browser.await(By.cssSelector("#view-roster input[value=room] + span")).click();
    WebElement byRoom = browser.await(By.cssSelector(
        ".tl-row[data-row='OR-1'] .bar[data-seat='" + seat("page-ecmo") + "']"));
    assertThat(byRoom.getText()).contains("Cora Certified · Primary");
    assertThat(browser.await(By.cssSelector(".tl-row[data-row='OR-1'] .bar.unfilled[data-seat='"
        + seat("page-hipec") + "']")).getText()).contains("UNFILLED");

    byRoom.click();
    assertThat(browser.await(By.cssSelector("#view-roster .seat-details .facts")).getText())
        .contains("Cora Certified").contains("America/New_York");
    browser.await(By.cssSelector("#view-roster .seat-details select[name=holder]"));
  }

  @Test
  void aHandEditThatBreaksAHardRuleIsRefusedWithTheReasonAndChangesNothing() {
    browser.open(OnPumpUser.manager(department.departmentId()), null, "roster");
    showRosterOf(caseDay);
    browser.await(By.cssSelector(".tl-row[data-row='Unfilled seats'] .bar[data-seat='" + seat("page-hipec") + "']"))
        .click();
    WebElement holder = browser.await(By.cssSelector("#view-roster .seat-details select[name=holder]"));
    browser.await(By.cssSelector("#view-roster .seat-details select[name=holder] option[value='"
        + department.student() + "']"));
    new Select(holder).selectByValue(department.student());
    browser.await(By.cssSelector("#view-roster .hand-edit button[type=submit]")).click();

    browser.awaitText(By.cssSelector("#view-roster .seat-details .problem"), "Hand edit refused");
    assertThat(browser.await(By.cssSelector("#view-roster .seat-details .broken-rules")).getText())
        .contains(department.student());
    assertThat(department.awaitAssignee(jdbc, "page-hipec")).isEmpty();
  }

  @Test
  void onCallNowShowsTheFirstCallOfTheHospital() {
    Instant now = Instant.now();
    LocalDate longAgo = LocalDate.now(ZONE).minusDays(3); // outside the planning window: the solver leaves it be
    jdbc.sql("""
            INSERT INTO on_call_seat (seat_id, department_id, hospital_id, day, part, role, starts_at, ends_at,
              perfusionist_id, pinned, updated_at)
            VALUES (?, ?, ?, ?, 'NIGHT', 'FIRST_CALL', ?, ?, ?, true, now())""")
        .params(department.hospitalId() + "/" + longAgo + "/NIGHT/FIRST_CALL", department.departmentId(),
            department.hospitalId(), longAgo, java.sql.Timestamp.from(now.minus(47, ChronoUnit.HOURS)),
            java.sql.Timestamp.from(now.plus(1, ChronoUnit.HOURS)), department.boardEligible())
        .update();

    browser.open(OnPumpUser.perfusionist(department.student(), department.departmentId()), null, "on-call");
    By firstCall = By.cssSelector("[data-hospital='" + department.hospitalId() + "'] [data-role=first-call]");
    browser.awaitText(firstCall, "Bo Eligible");
    assertThat(browser.await(firstCall).getText()).contains("First call").contains("Until");
  }

  @Test
  void scoreViewShowsTheRostersScoreAndTheBrokenRules() {
    browser.open(OnPumpUser.manager(department.departmentId()), null, "score");
    browser.setValue(browser.await(By.name("score-first-day")), caseDay.toString());
    browser.setValue(browser.await(By.name("score-days")), "1");
    browser.await(By.cssSelector("#view-score form button[type=submit]")).click();
    browser.await(By.cssSelector("#view-score .score-card[data-score=medium] .score-value"));

    Map<?, ?> score = (Map<?, ?>) http.get().uri("/api/v1/departments/{d}/roster/explanation?from={f}&to={t}",
            department.departmentId(), caseDay.atStartOfDay(ZONE).toInstant(),
            caseDay.plusDays(1).atStartOfDay(ZONE).toInstant())
        .header(HttpHeaders.AUTHORIZATION, bearer(OnPumpUser.manager(department.departmentId())))
        .retrieve().body(Map.class).get("score");
    assertThat(cardValue("hard")).isEqualTo(String.valueOf(score.get("hard")));
    assertThat(cardValue("medium")).isEqualTo(String.valueOf(score.get("medium"))).startsWith("-");
    assertThat(cardValue("soft")).matches("-?\\d+");
    assertThat(browser.await(By.cssSelector("#view-score tr.broken")).getText())
        .contains("Required seat unfilled").contains("BROKEN");
  }

  @Test
  void aPerfusionistSeesNoPublishFormAndAManagerDoes() {
    browser.open(OnPumpUser.perfusionist(department.ccp(), department.departmentId()), null, "roster");
    browser.await(By.id("tab-schedule"));
    assertThat(browser.all(By.id("tab-publish"))).isEmpty();
    assertThat(browser.all(By.cssSelector(".publish-form"))).isEmpty();

    browser.open(OnPumpUser.manager(department.departmentId()), null, "roster");
    assertThat(browser.all(By.id("tab-schedule"))).isEmpty();
    browser.await(By.id("tab-publish")).click();
    WebElement form = browser.await(By.cssSelector("#view-publish .publish-form"));
    assertThat(form.findElements(By.cssSelector("input[name=firstDay], input[name=endDay], textarea[name=note]")))
        .hasSize(3);
  }

  @Test
  void publishingShowsTheNewVersionOrWhyItWasRefused() {
    TestDepartment own = TestDepartment.create(jdbc);
    post(own.scheduled("publish-ecmo", Competency.ECMO_ADULT, caseDay.atTime(9, 0).atZone(ZONE).toInstant(), 60));
    assertThat(own.awaitAssignee(jdbc, "publish-ecmo")).contains(own.ccp());
    browser.open(OnPumpUser.manager(own.departmentId()), null, "publish");

    publish(caseDay, "Week 1");
    browser.awaitText(By.cssSelector("#view-publish .publish-result"), "Published version 1");
    browser.awaitText(By.cssSelector("#view-publish .publication-history"), "Week 1");

    // The certification lapses after the solver placed its holder: publishing now would break a hard rule.
    jdbc.sql("UPDATE perfusionist SET certification_expiry = ? WHERE id = ?").params(caseDay.minusDays(1), own.ccp())
        .update();
    publish(caseDay, "Again");
    browser.awaitText(By.cssSelector("#view-publish .publish-result .broken-rules"), "Certification valid on the day");
    assertThat(browser.await(By.cssSelector("#view-publish .publish-result .problem-detail")).getText())
        .contains("hard rule");
  }

  @Test
  void aViewThatFailsShowsTheApisReasonAndTheOthersStillWork() {
    browser.open(OnPumpUser.admin(), "no-such-department", "roster");
    browser.awaitText(By.cssSelector("#view-roster .problem"), "No department 'no-such-department' is known");
    browser.await(By.id("tab-on-call")).click();
    browser.await(By.cssSelector("#view-on-call .status"));
    assertThat(browser.all(By.id("view-roster")).get(0).isDisplayed()).isFalse();
  }

  @Test
  void withoutATokenThePageAsksForOneAndShowsTheRosterOnceSignedIn() {
    browser.openSignedOut();
    WebElement token = browser.await(By.cssSelector("#sign-in textarea[name=token]"));
    token.sendKeys(TestIdentity.provider().tokenFor(OnPumpUser.manager(department.departmentId())));
    browser.await(By.cssSelector("#sign-in form button[type=submit]")).click();
    browser.await(By.id("view-roster"));
    assertThat(browser.await(By.id("who")).getText()).contains("manager-" + department.departmentId());
  }

  private void showRosterOf(LocalDate day) {
    browser.setValue(browser.await(By.name("roster-day")), day.toString());
    browser.await(By.cssSelector("#view-roster form button[type=submit]")).click();
  }

  private void publish(LocalDate firstDay, String note) {
    browser.setValue(browser.await(By.name("firstDay")), firstDay.toString());
    browser.setValue(browser.await(By.name("endDay")), firstDay.plusDays(1).toString());
    WebElement noteField = browser.await(By.name("note"));
    noteField.clear();
    noteField.sendKeys(note);
    browser.await(By.cssSelector("#view-publish .publish-form button[type=submit]")).click();
  }

  private String cardValue(String level) {
    return browser.await(By.cssSelector("#view-score .score-card[data-score=" + level + "] .score-value")).getText();
  }

  private String seat(String caseId) {
    return department.hospitalId() + "/" + caseId + "/PRIMARY";
  }

  private void post(OnPumpEvent event) {
    assertThat(http.post().uri("/api/v1/case-events").contentType(MediaType.APPLICATION_JSON)
        .header(HttpHeaders.AUTHORIZATION, bearer(OnPumpUser.admin()))
        .body(EventCodec.toJson(event)).retrieve().toBodilessEntity().getStatusCode().value()).isEqualTo(202);
  }

  private static String bearer(OnPumpUser user) {
    return TestIdentity.bearer(user);
  }
}
