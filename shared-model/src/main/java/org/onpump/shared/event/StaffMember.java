package org.onpump.shared.event;

import java.util.List;

/**
 * A perfusionist as the events name them: an id, a display name, the email routine notices went to before contact
 * methods existed, and the ways to reach them in order (empty: the email alone).
 */
public record StaffMember(String perfusionistId, String displayName, String email,
    List<ContactMethod> contactMethods) {

  public StaffMember {
    contactMethods = contactMethods == null ? List.of() : List.copyOf(contactMethods);
  }

  public StaffMember(String perfusionistId, String displayName, String email) {
    this(perfusionistId, displayName, email, List.of());
  }

  /** The methods to try, in order, for a page ({@code urgent}) or a routine notice; the email when none is set. */
  public List<ContactMethod> methodsFor(boolean urgent) {
    List<ContactMethod> chosen = contactMethods.stream().filter(m -> urgent ? m.pages() : m.routine()).toList();
    if (!chosen.isEmpty()) {
      return chosen;
    }
    return email == null || email.isBlank() ? List.of() : List.of(ContactMethod.email(email));
  }
}
