package org.onpump.scheduler.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.onpump.infra.identity.OnPumpUser;
import org.onpump.scheduler.SchedulerServiceTest;
import org.onpump.scheduler.TestDepartment;
import org.onpump.scheduler.calendar.Feeds.Event;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * A night on call in New York across the daylight-saving changes of 2026: the feed must say the exact instants, so
 * that every calendar shows 17:00 to 07:00 local, 13 hours in spring and 15 in autumn.
 */
@SchedulerServiceTest
class CalendarFeedDaylightSavingTest {

  private static final ZoneId NEW_YORK = ZoneId.of(TestDepartment.ZONE);

  @Autowired
  MockMvcTester mvc;

  @Autowired
  JdbcClient jdbc;

  @Autowired
  CalendarFeeds feeds;

  @Test
  void theFallBackNightLastsFifteenHoursFromNineInTheEveningToNoonUtc() throws Exception {
    TestDepartment department = TestDepartment.create(jdbc);
    new Publications(jdbc, department.departmentId()).publish(1, LocalDate.of(2026, 10, 25), LocalDate.of(2026, 11, 8))
        .onCall(1, department.hospitalId() + "/2026-10-31/NIGHT/FIRST_CALL", "FIRST_CALL", department.hospitalId(),
            LocalDate.of(2026, 10, 31), Instant.parse("2026-10-31T21:00:00Z"), Instant.parse("2026-11-01T12:00:00Z"),
            department.ccp());

    List<Event> events = Feeds.events(feeds.feed(linkFor(department), Instant.parse("2026-10-15T12:00:00Z"))
        .orElseThrow());

    assertThat(events).singleElement().satisfies(night -> {
      assertThat(night.uid()).isEqualTo(department.hospitalId() + "/2026-10-31/NIGHT/FIRST_CALL@onpump");
      assertThat(night.start()).isEqualTo("2026-10-31T21:00:00Z");
      assertThat(night.end()).isEqualTo("2026-11-01T12:00:00Z");
      assertThat(Duration.between(night.start(), night.end())).isEqualTo(Duration.ofHours(15));
      assertThat(LocalDateTime.ofInstant(night.start(), NEW_YORK)).isEqualTo("2026-10-31T17:00");
      assertThat(LocalDateTime.ofInstant(night.end(), NEW_YORK)).isEqualTo("2026-11-01T07:00");
      assertThat(night.summary()).isEqualTo("On call: first call, Test hospital "
          + department.hospitalId().substring("hosp-".length()));
      assertThat(night.description()).contains("Sat 31 Oct 2026 17:00 to Sun 1 Nov 2026 07:00 (America/New_York)");
      assertThat(night.sequence()).isEqualTo(1);
    });
  }

  @Test
  void theSpringForwardNightLastsThirteenHoursFromTenInTheEveningToElevenUtc() throws Exception {
    TestDepartment department = TestDepartment.create(jdbc);
    new Publications(jdbc, department.departmentId()).publish(1, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 15))
        .onCall(1, department.hospitalId() + "/2026-03-07/NIGHT/FIRST_CALL", "FIRST_CALL", department.hospitalId(),
            LocalDate.of(2026, 3, 7), Instant.parse("2026-03-07T22:00:00Z"), Instant.parse("2026-03-08T11:00:00Z"),
            department.ccp());

    List<Event> events = Feeds.events(feeds.feed(linkFor(department), Instant.parse("2026-02-20T12:00:00Z"))
        .orElseThrow());

    assertThat(events).singleElement().satisfies(night -> {
      assertThat(night.start()).isEqualTo("2026-03-07T22:00:00Z");
      assertThat(night.end()).isEqualTo("2026-03-08T11:00:00Z");
      assertThat(Duration.between(night.start(), night.end())).isEqualTo(Duration.ofHours(13));
      assertThat(LocalDateTime.ofInstant(night.start(), NEW_YORK)).isEqualTo("2026-03-07T17:00");
      assertThat(LocalDateTime.ofInstant(night.end(), NEW_YORK)).isEqualTo("2026-03-08T07:00");
    });
  }

  @Test
  void theFeedShowsThirtyDaysBackToOneHundredAndTwentyAhead() throws Exception {
    TestDepartment department = TestDepartment.create(jdbc);
    Publications published = new Publications(jdbc, department.departmentId())
        .publish(1, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
    for (LocalDate day : List.of(LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 2), LocalDate.of(2026, 9, 29),
        LocalDate.of(2026, 9, 30))) {
      Instant start = day.atTime(17, 0).atZone(NEW_YORK).toInstant();
      published.onCall(1, "night-" + day, "FIRST_CALL", department.hospitalId(), day, start,
          start.plus(Duration.ofHours(14)), department.ccp());
    }

    List<Event> events = Feeds.events(feeds.feed(linkFor(department), Instant.parse("2026-06-01T12:00:00Z"))
        .orElseThrow());

    assertThat(events).extracting(Event::uid).containsExactly("night-2026-05-02@onpump", "night-2026-09-29@onpump");
  }

  private String linkFor(TestDepartment department) throws Exception {
    return Feeds.token(Feeds.createLink(mvc, "/api/v1/departments/" + department.departmentId() + "/perfusionists/"
        + department.ccp() + "/calendar-links", OnPumpUser.perfusionist(department.ccp(), department.departmentId())));
  }
}
