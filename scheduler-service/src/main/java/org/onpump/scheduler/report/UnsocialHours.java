package org.onpump.scheduler.report;

import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.onpump.scheduler.publication.PublishedRosters;
import org.onpump.scheduler.publication.PublishedSeat;
import org.onpump.scheduler.staff.Perfusionist;
import org.onpump.scheduler.staff.StaffRepository;
import org.springframework.stereotype.Component;

/**
 * Nights, weekends and holidays per person in the published rosters: how many seats carry each mark and how many
 * hours they last, for a fair share over a period. A Saturday night counts both as a night and as a weekend seat.
 */
@Component
class UnsocialHours {

  private final PublishedRosters rosters;
  private final StaffRepository staff;

  UnsocialHours(PublishedRosters rosters, StaffRepository staff) {
    this.rosters = rosters;
    this.staff = staff;
  }

  /** Everyone on the staff (and anyone else holding a seat), for the seats on the days {@code [from, to)}. */
  Report report(String departmentId, LocalDate from, LocalDate to) {
    Map<String, Tallies> people = new LinkedHashMap<>();
    for (Perfusionist person : staff.departmentStaff(departmentId)) {
      people.put(person.id(), new Tallies(person.id(), person.displayName()));
    }
    for (PublishedSeat seat : rosters.departmentSeats(departmentId, from, to)) {
      if (seat.perfusionistId() != null) {
        people.computeIfAbsent(seat.perfusionistId(), id -> new Tallies(id, id)).add(seat);
      }
    }
    return new Report(departmentId, from, to, people.values().stream().map(Tallies::row).toList());
  }

  /** The report: one row per person. */
  record Report(String departmentId, LocalDate from, LocalDate to, List<PersonRow> people) implements CsvReport {

    @Override
    public String fileName() {
      return "unsocial-hours-" + departmentId + "-" + from + "-to-" + to;
    }

    @Override
    public List<String> csvHeader() {
      return List.of("perfusionist_id", "name", "nights", "night_hours", "weekend_seats", "weekend_hours",
          "holiday_seats", "holiday_hours");
    }

    @Override
    public List<List<Object>> csvRows() {
      return people.stream().map(row -> List.<Object>of(row.perfusionistId(), row.displayName(),
          row.nights().count(), row.nights().hours(), row.weekends().count(), row.weekends().hours(),
          row.holidays().count(), row.holidays().hours())).toList();
    }
  }

  /** One person's nights, weekend seats and holiday seats. */
  record PersonRow(String perfusionistId, String displayName, Tally nights, Tally weekends, Tally holidays) {}

  /** How many seats and how many hours (to two decimal places). */
  record Tally(int count, double hours) {}

  /** Counts one person's seats as they are read. */
  private static final class Tallies {
    private final String id;
    private final String name;
    private final int[] counts = new int[3];
    private final long[] minutes = new long[3];

    Tallies(String id, String name) {
      this.id = id;
      this.name = name;
    }

    void add(PublishedSeat seat) {
      long length = Duration.between(seat.start(), seat.end()).toMinutes();
      boolean[] marks = {seat.night(), seat.weekend(), seat.holiday()};
      for (int i = 0; i < marks.length; i++) {
        if (marks[i]) {
          counts[i]++;
          minutes[i] += length;
        }
      }
    }

    PersonRow row() {
      return new PersonRow(id, name, tally(0), tally(1), tally(2));
    }

    private Tally tally(int mark) {
      return new Tally(counts[mark], Math.round(minutes[mark] / 60.0 * 100) / 100.0);
    }
  }
}
