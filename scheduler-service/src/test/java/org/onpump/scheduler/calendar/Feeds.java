package org.onpump.scheduler.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.onpump.infra.identity.OnPumpUser;
import org.onpump.scheduler.SignedInAsAdmin;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Reads a feed the way a calendar app would, with ical4j, after checking its lines against RFC 5545. */
final class Feeds {

  private Feeds() {
  }

  /** Creates a calendar link as {@code user} (201 expected) and answers its URL. */
  static String createLink(MockMvcTester mvc, String path, OnPumpUser user) throws Exception {
    MvcTestResult created = mvc.post().uri(path).header(HttpHeaders.AUTHORIZATION, SignedInAsAdmin.as(user))
        .exchange();
    assertThat(created).hasStatus(HttpStatus.CREATED);
    return JsonPath.read(created.getResponse().getContentAsString(), "$.url");
  }

  /** The token in a link's URL ({@code .../calendars/<token>.ics}). */
  static String token(String url) {
    return url.substring(url.lastIndexOf('/') + 1, url.length() - ".ics".length());
  }

  /** Every line ends in CRLF and is at most 75 octets; the calendar parses and validates. */
  static List<Event> events(String feed) throws Exception {
    assertThat(feed).endsWith("\r\n");
    for (String line : feed.split("\r\n", -1)) {
      assertThat(line).doesNotContain("\n", "\r");
      assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
    }
    Calendar calendar = new CalendarBuilder().build(new StringReader(feed));
    assertThat(calendar.validate().hasErrors()).as(calendar.validate().toString()).isFalse();
    List<VEvent> events = calendar.getComponents("VEVENT");
    return events.stream().map(Event::of).toList();
  }

  /** One VEVENT as parsed. */
  record Event(String uid, Instant start, Instant end, int sequence, String summary, String description) {

    static Event of(VEvent event) {
      return new Event(value(event, "UID"), Instant.from(event.getStartDate().orElseThrow().getDate()),
          Instant.from(event.getEndDate().orElseThrow().getDate()), Integer.parseInt(value(event, "SEQUENCE")),
          value(event, "SUMMARY"), value(event, "DESCRIPTION"));
    }

    private static String value(VEvent event, String name) {
      return event.getProperty(name).map(Property::getValue).orElseThrow();
    }
  }
}
