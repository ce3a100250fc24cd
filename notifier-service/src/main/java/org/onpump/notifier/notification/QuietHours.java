package org.onpump.notifier.notification;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Hours in which routine notices wait (pages never do), in the department's zone: from {@code start} to
 * {@code end}, across midnight when {@code end} is before {@code start}. Off when start equals end.
 */
@ConfigurationProperties("onpump.quiet-hours")
public record QuietHours(
    @DefaultValue("00:00") LocalTime start,
    @DefaultValue("00:00") LocalTime end,
    @DefaultValue("America/New_York") ZoneId zone) {

  /** When a routine notice recorded at {@code now} may be sent: the end of quiet hours, or null for at once. */
  public Instant releaseOf(Instant now) {
    if (start.equals(end)) {
      return null;
    }
    ZonedDateTime local = now.atZone(zone);
    LocalTime time = local.toLocalTime();
    boolean acrossMidnight = end.isBefore(start);
    boolean quiet = acrossMidnight ? !time.isBefore(start) || time.isBefore(end)
        : !time.isBefore(start) && time.isBefore(end);
    if (!quiet) {
      return null;
    }
    ZonedDateTime release = local.with(end);
    return (release.isAfter(local) ? release : release.plusDays(1)).toInstant();
  }
}
