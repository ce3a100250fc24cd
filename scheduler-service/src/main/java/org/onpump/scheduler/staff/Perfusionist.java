package org.onpump.scheduler.staff;

import java.util.Set;
import org.onpump.shared.event.Competency;
import org.onpump.shared.event.StaffMember;

/** A perfusionist of a department: who they are, where routine notices go, and what they may run. */
public record Perfusionist(
    String id, String displayName, String email, CredentialLevel credentialLevel, Set<Competency> competencies) {

  public Perfusionist {
    competencies = Set.copyOf(competencies);
  }

  public boolean isStudent() {
    return credentialLevel == CredentialLevel.STUDENT;
  }

  public boolean isCompetentFor(Competency competency) {
    return competencies.contains(competency);
  }

  public StaffMember toStaffMember() {
    return new StaffMember(id, displayName, email);
  }

  @Override
  public String toString() {
    return id;
  }
}
