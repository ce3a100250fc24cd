package org.onpump.scheduler.roster.generator;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.onpump.scheduler.department.Hospital;
import org.onpump.scheduler.staff.Credential;
import org.onpump.scheduler.staff.Perfusionist;
import org.onpump.scheduler.staff.PerfusionistBuilder;
import org.onpump.scheduler.staff.TimeOff;
import org.onpump.scheduler.staff.YearToDate;
import org.onpump.shared.event.Competency;

/**
 * Generates a department's perfusionists with a realistic mix: mostly CCPs, some board-eligible, a few students;
 * everyone runs adult bypass, fewer have the specialist competencies; privileges at their home hospital and
 * neighbours; licences where they live; part-time contracts, time off, preferences and a year so far.
 */
final class StaffGenerator {

  private final Random random;
  private final List<Hospital> hospitals;
  private final LocalDate firstDay;
  private final int days;
  private final ZoneId zone;

  StaffGenerator(Random random, List<Hospital> hospitals, LocalDate firstDay, int days, ZoneId zone) {
    this.random = random;
    this.hospitals = hospitals;
    this.firstDay = firstDay;
    this.days = days;
    this.zone = zone;
  }

  List<Perfusionist> generate(DepartmentSize size) {
    List<Perfusionist> staff = new ArrayList<>();
    for (int i = 0; i < size.perfusionists; i++) {
      Credential credential = i < size.students ? Credential.student()
          : i < size.students + size.boardEligible ? Credential.boardEligible(boardEligibleDeadline())
          : Credential.ccp(certificationExpiry());
      staff.add(person(String.format("p-%03d", i + 1), credential, hospitals.get(i % hospitals.size())));
    }
    return staff;
  }

  private Perfusionist person(String id, Credential credential, Hospital home) {
    PerfusionistBuilder person = Perfusionist.builder(id, credential).competencies(competencies(credential));
    int toHome = 10 + random.nextInt(16);
    person.worksAt(home.id(), toHome).licensedIn(home.state());
    for (Hospital other : hospitals) {
      if (!other.id().equals(home.id()) && home.travelMinutesTo(other.id()) <= 45 && random.nextDouble() < 0.7) {
        person.worksAt(other.id(), toHome + home.travelMinutesTo(other.id()) / 2).licensedIn(other.state());
      }
    }
    double fte = random.nextDouble() < 0.2 ? 0.8 : 1.0;
    person.contractMinutesPerWeek((int) (fte * PerfusionistBuilder.FULL_TIME_MINUTES_PER_WEEK));
    addTimeOff(person);
    addPreferences(person);
    return person.yearToDate(yearToDate(credential)).build();
  }

  private Set<Competency> competencies(Credential credential) {
    Set<Competency> competencies = EnumSet.of(Competency.ADULT_CPB);
    boolean student = credential.level() == org.onpump.scheduler.staff.CredentialLevel.STUDENT;
    maybe(competencies, Competency.PAEDIATRIC_CPB, student ? 0.5 : 0.35);
    if (!student) {
      maybe(competencies, Competency.ECMO_ADULT, 0.5);
      maybe(competencies, Competency.ECMO_NEONATAL, 0.2);
      maybe(competencies, Competency.IABP, 0.6);
      maybe(competencies, Competency.VAD, 0.35);
      maybe(competencies, Competency.TRANSPLANT, 0.3);
      maybe(competencies, Competency.HIPEC, 0.2);
      maybe(competencies, Competency.ISOLATED_LIMB_PERFUSION, 0.1);
      maybe(competencies, Competency.AUTOTRANSFUSION, 0.6);
    }
    return competencies;
  }

  private void maybe(Set<Competency> competencies, Competency competency, double chance) {
    if (random.nextDouble() < chance) {
      competencies.add(competency);
    }
  }

  /** One in ten takes a week off in the period; one in four a single day. */
  private void addTimeOff(PerfusionistBuilder person) {
    if (random.nextDouble() < 0.1) {
      LocalDate start = firstDay.plusDays(random.nextInt(Math.max(1, days - 6)));
      person.timeOff(new TimeOff(start.atStartOfDay(zone).toInstant(), start.plusDays(7).atStartOfDay(zone)
          .toInstant()));
    } else if (random.nextDouble() < 0.25) {
      LocalDate day = firstDay.plusDays(random.nextInt(days));
      person.timeOff(new TimeOff(day.atStartOfDay(zone).toInstant(), day.plusDays(1).atStartOfDay(zone)
          .toInstant()));
    }
  }

  private void addPreferences(PerfusionistBuilder person) {
    Set<DayOfWeek> daysOff = random.nextDouble() < 0.2 ? Set.of(DayOfWeek.of(1 + random.nextInt(5))) : Set.of();
    boolean avoidsNights = random.nextDouble() < 0.2;
    Set<String> preferred = hospitals.size() > 1 && random.nextDouble() < 0.1
        ? Set.of(hospitals.get(random.nextInt(hospitals.size())).id()) : Set.of();
    person.prefers(daysOff, avoidsNights, preferred);
  }

  /** Around five months into the certification year: CCPs are a little behind or ahead of pace. */
  private YearToDate yearToDate(Credential credential) {
    return switch (credential.level()) {
      case CCP -> new YearToDate(6 + random.nextInt(10), 2 + random.nextInt(6), 8 + random.nextInt(12),
          3 + random.nextInt(6), random.nextInt(3), 0, 0, 0);
      case BOARD_ELIGIBLE -> new YearToDate(4 + random.nextInt(8), 2 + random.nextInt(5), 6 + random.nextInt(10),
          2 + random.nextInt(5), random.nextInt(2), 0, 0, 5 + random.nextInt(20));
      case STUDENT -> new YearToDate(0, 0, 0, 0, 0, 20 + random.nextInt(40), random.nextInt(8), 0);
    };
  }

  /** Mostly valid well beyond the period; about one in thirty lapses during it (the rule must catch it). */
  private LocalDate certificationExpiry() {
    return random.nextDouble() < 1.0 / 30 ? firstDay.plusDays(random.nextInt(days))
        : firstDay.plusDays(200 + random.nextInt(900));
  }

  private LocalDate boardEligibleDeadline() {
    return random.nextDouble() < 0.1 ? firstDay.plusDays(random.nextInt(days)) : firstDay.plusDays(100 + random
        .nextInt(400));
  }
}
