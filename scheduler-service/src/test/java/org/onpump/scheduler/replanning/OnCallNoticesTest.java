package org.onpump.scheduler.replanning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.onpump.scheduler.oncall.OnCallSeat;
import org.onpump.scheduler.staff.Credential;
import org.onpump.scheduler.staff.Perfusionist;
import org.onpump.shared.event.NotificationRequested;
import org.onpump.shared.event.NotificationRequested.Urgency;

class OnCallNoticesTest {

  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

  private final Perfusionist ben = Perfusionist.builder("p-02", Credential.ccp(LocalDate.of(2028, 3, 31)))
      .name("Ben Carter", "ben.carter@demo.onpump.org").build();

  @Test
  void oneNoticeListsEverySeatGainedAndLostInTimeOrderOnTheHospitalsClock() {
    OnCallSeat night = seat("2026-11-23", OnCallSeat.Part.NIGHT, OnCallSeat.Role.FIRST_CALL,
        "2026-11-23T22:00:00Z", "2026-11-24T12:00:00Z");
    OnCallSeat day = seat("2026-11-21", OnCallSeat.Part.DAY, OnCallSeat.Role.SECOND_CALL,
        "2026-11-21T12:00:00Z", "2026-11-21T22:00:00Z");
    UUID cause = UUID.randomUUID();

    NotificationRequested notice = OnCallNotices.of("demo-cardiac", ben, List.of(
        new OnCallNotices.Change(night, NEW_YORK, true), new OnCallNotices.Change(day, NEW_YORK, false)),
        cause, Instant.parse("2026-11-20T10:00:00Z"));

    assertThat(notice.recipient()).isEqualTo(ben.toStaffMember());
    assertThat(notice.urgency()).isEqualTo(Urgency.ROUTINE);
    assertThat(notice.causationEventId()).isEqualTo(cause);
    assertThat(notice.subject()).isEqualTo("OnPump: your on-call rota changed (1 seat added, 1 seat removed)");
    assertThat(notice.message()).isEqualTo("""
        Ben Carter, your on-call rota changed:
        - no longer second call, day of Sat 21 Nov, 07:00 to 17:00, at demo-general
        - now first call, night of Mon 23 Nov, 17:00 to Tue 24 Nov 07:00, at demo-general
        Times are local to the hospital (America/New_York).""");
    assertThat(notice.violations()).isEmpty();
  }

  private static OnCallSeat seat(String day, OnCallSeat.Part part, OnCallSeat.Role role, String start, String end) {
    return new OnCallSeat("demo-general/" + day + "/" + part + "/" + role, "demo-general", LocalDate.parse(day), part,
        role, Instant.parse(start), Instant.parse(end), "p-02");
  }
}
