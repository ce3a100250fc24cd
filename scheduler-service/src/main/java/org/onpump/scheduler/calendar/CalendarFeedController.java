package org.onpump.scheduler.calendar;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import org.onpump.scheduler.web.NotFoundException;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Calendar apps subscribe here: the secret link is the credential, so no bearer token is asked for. */
@RestController
class CalendarFeedController {

  static final MediaType TEXT_CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);

  private final CalendarFeeds feeds;
  private final Clock clock;

  CalendarFeedController(CalendarFeeds feeds, Clock clock) {
    this.feeds = feeds;
    this.clock = clock;
  }

  @Operation(summary = "An iCalendar feed behind a secret link",
      description = "Open without a bearer token: the link's token is the credential. Final published seats only, "
          + "from 30 days back to 120 days ahead, times in UTC; one event per seat, its UID the seat id followed by "
          + "@onpump and its SEQUENCE the published version. A person's link shows their seats; a department's "
          + "link shows every seat with who holds it. No patient data. 404 for an unknown or revoked link.")
  @GetMapping("/calendars/{token}.ics")
  ResponseEntity<byte[]> feed(
      @Parameter(description = "the secret token from the link's URL") @PathVariable String token) {
    String feed = feeds.feed(token, clock.instant()).orElseThrow(() -> new NotFoundException(
        "Unknown calendar", "No calendar answers at this link; it may have been revoked"));
    return ResponseEntity.ok().contentType(TEXT_CALENDAR)
        .cacheControl(CacheControl.noStore().cachePrivate())
        .header("Content-Disposition", ContentDisposition.inline().filename("onpump.ics").build().toString())
        .header("Referrer-Policy", "no-referrer")
        .body(feed.getBytes(StandardCharsets.UTF_8));
  }
}
