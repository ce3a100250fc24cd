package org.onpump.scheduler.staff;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.onpump.shared.event.Competency;
import org.onpump.shared.event.ContactMethod;

/** Builds a {@link Perfusionist}: a full-time contract, no time off, no preferences, nothing done this year yet. */
public final class PerfusionistBuilder {

  /** A 40-hour week. */
  public static final int FULL_TIME_MINUTES_PER_WEEK = 40 * 60;

  private final String id;
  private final Credential credential;
  private String displayName;
  private String email;
  private final Set<Competency> competencies = EnumSet.noneOf(Competency.class);
  private final Set<String> privileges = new HashSet<>();
  private final Set<String> licences = new HashSet<>();
  private int contractMinutesPerWeek = FULL_TIME_MINUTES_PER_WEEK;
  private final List<TimeOff> timeOff = new ArrayList<>();
  private final Map<String, Integer> minutesFromHome = new HashMap<>();
  private Preferences preferences = Preferences.NONE;
  private YearToDate yearToDate = YearToDate.NONE;
  private final List<ContactMethod> contactMethods = new ArrayList<>();

  PerfusionistBuilder(String id, Credential credential) {
    this.id = id;
    this.credential = credential;
    this.displayName = id;
    this.email = id + "@onpump.invalid";
  }

  /** The next way to reach them, after those added before. */
  public PerfusionistBuilder reachedBy(ContactMethod method) {
    contactMethods.add(method);
    return this;
  }

  public PerfusionistBuilder name(String displayName, String email) {
    this.displayName = displayName;
    this.email = email;
    return this;
  }

  public PerfusionistBuilder competencies(Competency... competencies) {
    this.competencies.addAll(List.of(competencies));
    return this;
  }

  public PerfusionistBuilder competencies(Set<Competency> competencies) {
    this.competencies.addAll(competencies);
    return this;
  }

  /** Privileges at the hospital, reached from home in that many minutes. */
  public PerfusionistBuilder worksAt(String hospitalId, int minutesFromHome) {
    privileges.add(hospitalId);
    this.minutesFromHome.put(hospitalId, minutesFromHome);
    return this;
  }

  public PerfusionistBuilder licensedIn(String state) {
    licences.add(state);
    return this;
  }

  public PerfusionistBuilder contractMinutesPerWeek(int minutes) {
    this.contractMinutesPerWeek = minutes;
    return this;
  }

  public PerfusionistBuilder timeOff(TimeOff off) {
    timeOff.add(off);
    return this;
  }

  public PerfusionistBuilder prefers(Set<DayOfWeek> daysOff, boolean avoidsNights, Set<String> hospitals) {
    this.preferences = new Preferences(daysOff, avoidsNights, hospitals);
    return this;
  }

  public PerfusionistBuilder yearToDate(YearToDate yearToDate) {
    this.yearToDate = yearToDate;
    return this;
  }

  public Perfusionist build() {
    return new Perfusionist(id, displayName, email, credential, competencies, privileges, licences,
        contractMinutesPerWeek, timeOff, minutesFromHome, preferences, yearToDate, contactMethods);
  }
}
