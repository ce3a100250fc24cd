package org.onpump.scheduler.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.onpump.infra.identity.OnPumpUser;
import org.onpump.scheduler.SchedulerServiceTest;
import org.onpump.scheduler.SignedInAsAdmin;
import org.onpump.scheduler.TestDepartment;
import org.onpump.scheduler.calendar.Feeds.Event;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.web.context.WebApplicationContext;

/** The feed behind a secret link, fetched without a bearer token as calendar apps do. */
@SchedulerServiceTest
class CalendarFeedApiTest {

  private static final ZoneId NEW_YORK = ZoneId.of(TestDepartment.ZONE);

  @Autowired
  MockMvcTester mvc;

  @Autowired
  JdbcClient jdbc;

  @Autowired
  Clock clock;

  @Autowired
  WebApplicationContext context;

  @Test
  void aPersonsFeedShowsTheirPublishedSeatsNeverADraftAndNoCaseId() throws Exception {
    TestDepartment department = TestDepartment.create(jdbc);
    LocalDate tomorrow = today().plusDays(1);
    new Publications(jdbc, department.departmentId()).publish(1, today(), today().plusDays(7))
        .caseSeat(1, "case-7/PRIMARY", "PRIMARY", department.hospitalId(), "OR-3", "CABG", tomorrow,
            at(tomorrow, 8), at(tomorrow, 12), department.ccp())
        .caseSeat(1, "case-7/SECOND", "SECOND", department.hospitalId(), "OR-3", "CABG", tomorrow,
            at(tomorrow, 8), at(tomorrow, 12), department.boardEligible());
    draftOnCallSeat(department, tomorrow.plusDays(1), department.ccp());

    MvcTestResult feed = anonymousFeed(personLink(department, department.ccp()));

    assertThat(feed).hasStatusOk();
    assertThat(feed.getResponse().getContentType()).isEqualToIgnoringCase("text/calendar;charset=UTF-8");
    assertThat(feed.getResponse().getHeader(HttpHeaders.CACHE_CONTROL)).contains("no-store");
    String text = feed.getResponse().getContentAsString();
    assertThat(text).doesNotContain("case-case-7");
    List<Event> events = Feeds.events(text);
    assertThat(events).singleElement().satisfies(primary -> {
      assertThat(primary.uid()).isEqualTo("case-7/PRIMARY@onpump");
      assertThat(primary.summary()).isEqualTo("PRIMARY, OR-3 (CABG)");
      assertThat(primary.start()).isEqualTo(at(tomorrow, 8));
      assertThat(primary.end()).isEqualTo(at(tomorrow, 12));
    });
  }

  @Test
  void aRepublishedVersionReplacesTheOlderOneForItsDaysOnly() throws Exception {
    TestDepartment department = TestDepartment.create(jdbc);
    LocalDate first = today().plusDays(1);
    LocalDate second = today().plusDays(2);
    new Publications(jdbc, department.departmentId()).publish(1, today(), today().plusDays(7))
        .onCall(1, "night-1", "FIRST_CALL", department.hospitalId(), first, at(first, 17), at(first.plusDays(1), 7),
            department.ccp())
        .onCall(1, "night-2", "FIRST_CALL", department.hospitalId(), second, at(second, 17),
            at(second.plusDays(1), 7), department.ccp())
        .publish(2, first, first.plusDays(1))
        .onCall(2, "night-1", "FIRST_CALL", department.hospitalId(), first, at(first, 17),
            at(first.plusDays(1), 7), department.boardEligible());
    jdbc.sql("UPDATE hospital SET name = ? WHERE id = ?")
        .params("Hôpital Cœur-Poumon Saint-Étienne, \"Nord\"; bâtiment des soins intensifs cardiaques",
            department.hospitalId()).update();

    assertThat(Feeds.events(feedText(personLink(department, department.ccp()))))
        .extracting(Event::uid, Event::sequence).containsExactly(tuple(
            "night-2@onpump", 1));
    String departmentLink = Feeds.createLink(mvc, "/api/v1/departments/" + department.departmentId()
        + "/calendar-links", OnPumpUser.perfusionist(department.student(), department.departmentId()));
    List<Event> everyone = Feeds.events(feedText(departmentLink));
    assertThat(everyone).extracting(Event::uid, Event::sequence, Event::summary).containsExactly(
        tuple("night-1@onpump", 2, "Bo Eligible: On call: first call, Hôpital "
            + "Cœur-Poumon Saint-Étienne, \"Nord\"; bâtiment des soins intensifs cardiaques"),
        tuple("night-2@onpump", 1, "Cora Certified: On call: first call, Hôpital "
            + "Cœur-Poumon Saint-Étienne, \"Nord\"; bâtiment des soins intensifs cardiaques"));
  }

  @Test
  void aRevokedLinkAndAnUnknownTokenAreNotFound() throws Exception {
    TestDepartment department = TestDepartment.create(jdbc);
    String url = personLink(department, department.ccp());
    assertThat(anonymousFeed(url)).hasStatusOk();
    jdbc.sql("SELECT id::text FROM calendar_link WHERE perfusionist_id = ?").param(department.ccp())
        .query(String.class).list().forEach(id -> assertThat(mvc.delete().uri("/api/v1/departments/{d}/perfusionists/"
            + "{p}/calendar-links/{id}", department.departmentId(), department.ccp(), id))
            .hasStatus(HttpStatus.NO_CONTENT));

    assertThat(anonymousFeed(url)).hasStatus(HttpStatus.NOT_FOUND);
    assertThat(anonymousFeed("/calendars/" + CalendarTokens.newToken() + ".ics")).hasStatus(HttpStatus.NOT_FOUND);
    assertThat(anonymousFeed("/calendars/not-a-token.ics")).hasStatus(HttpStatus.NOT_FOUND);
  }

  private String personLink(TestDepartment department, String perfusionistId) throws Exception {
    return Feeds.createLink(mvc, "/api/v1/departments/" + department.departmentId() + "/perfusionists/"
        + perfusionistId + "/calendar-links", OnPumpUser.perfusionist(perfusionistId, department.departmentId()));
  }

  private String feedText(String url) throws Exception {
    MvcTestResult feed = anonymousFeed(url);
    assertThat(feed).hasStatusOk();
    return feed.getResponse().getContentAsString();
  }

  private MvcTestResult anonymousFeed(String url) {
    return SignedInAsAdmin.anonymous(context).get().uri(url.replace("http://localhost:8080", ""))
        .accept(CalendarFeedController.TEXT_CALENDAR).exchange();
  }

  /** A seat of the live plan, not yet published: a draft. */
  private void draftOnCallSeat(TestDepartment department, LocalDate day, String holder) {
    jdbc.sql("""
            INSERT INTO on_call_seat (seat_id, department_id, hospital_id, day, part, role, starts_at, ends_at,
              perfusionist_id, updated_at)
            VALUES (?, ?, ?, ?, 'NIGHT', 'FIRST_CALL', ?, ?, ?, now())""")
        .params(department.hospitalId() + "/" + day + "/NIGHT/FIRST_CALL", department.departmentId(),
            department.hospitalId(), day, Timestamp.from(at(day, 17)),
            Timestamp.from(at(day.plusDays(1), 7)), holder)
        .update();
  }

  private LocalDate today() {
    return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
  }

  private static Instant at(LocalDate day, int hour) {
    return day.atTime(hour, 0).atZone(NEW_YORK).toInstant();
  }
}
