package org.onpump.infra.localstack;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.onpump.shared.event.CaseScheduled;
import org.onpump.shared.event.Competency;
import org.onpump.shared.event.OnPumpEvent;

/**
 * A week of elective cases for the demo department: the next five weekdays, three ORs, a first case at 07:30 and
 * a second at 13:30 local time in most rooms, with a realistic mix of procedures.
 */
public final class DemoWeek {

  public static final String DEPARTMENT = "demo-cardiac";
  public static final String HOSPITAL = "demo-general";
  public static final ZoneId ZONE = ZoneId.of("America/New_York");
  public static final String SOURCE = "onpump-demo";

  /** Procedure, competency and minutes, cycled through the rooms and days. */
  private static final List<Booking> MIX = List.of(
      new Booking("CABG", Competency.ADULT_CPB, 300),
      new Booking("VALVE", Competency.ADULT_CPB, 240),
      new Booking("CONGENITAL", Competency.PAEDIATRIC_CPB, 360),
      new Booking("CABG", Competency.ADULT_CPB, 240),
      new Booking("AORTIC", Competency.ADULT_CPB, 360),
      new Booking("VAD", Competency.VAD, 300),
      new Booking("VALVE", Competency.ADULT_CPB, 180),
      new Booking("TRANSPLANT", Competency.TRANSPLANT, 420),
      new Booking("HIPEC", Competency.HIPEC, 240));

  private DemoWeek() {}

  /** The week's bookings, starting the weekday after {@code today}. */
  public static List<OnPumpEvent> bookings(LocalDate today, Instant now) {
    List<OnPumpEvent> events = new ArrayList<>();
    LocalDate day = today.plusDays(1);
    int index = 0;
    for (int weekdays = 0; weekdays < 5; day = day.plusDays(1)) {
      if (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
        continue;
      }
      weekdays++;
      for (int room = 1; room <= 3; room++) {
        Booking first = MIX.get(index++ % MIX.size());
        events.add(booking(day, room, LocalTime.of(7, 30), first, now));
        if (first.minutes() <= 300) {
          events.add(booking(day, room, LocalTime.of(13, 30), MIX.get(index++ % MIX.size()), now));
        }
      }
    }
    return events;
  }

  private static CaseScheduled booking(LocalDate day, int room, LocalTime start, Booking booking, Instant now) {
    String caseId = "DEMO-" + day + "-OR" + room + "-" + start.getHour();
    return new CaseScheduled(UUID.nameUUIDFromBytes(caseId.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
        now, SOURCE, HOSPITAL, DEPARTMENT, OnPumpEvent.SCHEMA_VERSION, caseId, booking.procedure(),
        booking.competency(), "OR-" + room, day.atTime(start).atZone(ZONE).toInstant(), booking.minutes(),
        ZONE.getId());
  }

  private record Booking(String procedure, Competency competency, int minutes) {}
}
