package org.onpump.scheduler.staff;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.onpump.shared.event.Competency;
import org.onpump.shared.event.ContactMethod;
import org.onpump.shared.event.StaffMember;

/**
 * A perfusionist of a department: who they are, where routine notices go, what they may run and where, and what
 * the roster should know about their contract, time off, preferences and year so far.
 *
 * @param privileges ids of the hospitals where they may work
 * @param licences state codes where they hold a licence
 * @param contractMinutesPerWeek what the contract pays for (FTE times the full-time week)
 * @param minutesFromHome travel time from home to each hospital, by hospital id
 */
public record Perfusionist(
    String id, String displayName, String email, Credential credential, Set<Competency> competencies,
    Set<String> privileges, Set<String> licences, int contractMinutesPerWeek, List<TimeOff> timeOff,
    Map<String, Integer> minutesFromHome, Preferences preferences, YearToDate yearToDate,
    List<ContactMethod> contactMethods) {

  public Perfusionist {
    competencies = Set.copyOf(competencies);
    privileges = Set.copyOf(privileges);
    licences = Set.copyOf(licences);
    timeOff = List.copyOf(timeOff);
    minutesFromHome = Map.copyOf(minutesFromHome);
    contactMethods = List.copyOf(contactMethods);
  }

  public static PerfusionistBuilder builder(String id, Credential credential) {
    return new PerfusionistBuilder(id, credential);
  }

  public CredentialLevel credentialLevel() {
    return credential.level();
  }

  public boolean isStudent() {
    return credential.level() == CredentialLevel.STUDENT;
  }

  public boolean isCcp() {
    return credential.level() == CredentialLevel.CCP;
  }

  public boolean isBoardEligible() {
    return credential.level() == CredentialLevel.BOARD_ELIGIBLE;
  }

  public boolean isCompetentFor(Competency competency) {
    return competency == null || competencies.contains(competency);
  }

  public boolean isPrivilegedAt(String hospitalId) {
    return privileges.contains(hospitalId);
  }

  public boolean isLicensedIn(String state) {
    return licences.contains(state);
  }

  public boolean isCertifiedOn(LocalDate day) {
    return credential.validOn(day);
  }

  public boolean isOffDuring(Instant from, Instant to) {
    return timeOff.stream().anyMatch(off -> off.overlaps(from, to));
  }

  /** Travel from home to the hospital; unknown means too far to count on. */
  public int minutesFromHomeTo(String hospitalId) {
    return minutesFromHome.getOrDefault(hospitalId, Integer.MAX_VALUE);
  }

  public StaffMember toStaffMember() {
    return new StaffMember(id, displayName, email, contactMethods);
  }

  /** A perfusionist is who their id says: equal ids are one person, whatever else is loaded with them. */
  @Override
  public boolean equals(Object other) {
    return other instanceof Perfusionist perfusionist && id.equals(perfusionist.id);
  }

  @Override
  public int hashCode() {
    return id.hashCode();
  }

  @Override
  public String toString() {
    return id;
  }
}
