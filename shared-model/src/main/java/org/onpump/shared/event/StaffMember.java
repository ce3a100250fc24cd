package org.onpump.shared.event;

import java.util.List;
import java.util.Objects;

/**
 * A perfusionist as the events name them: an id, a display name, the email routine notices went to before contact
 * methods existed, and the ways to reach them in order (empty: the email alone).
 */
public record StaffMember(String perfusionistId, String displayName, String email,
    List<ContactMethod> contactMethods) {

  public StaffMember {
    contactMethods = contactMethods == null ? List.of()
        : contactMethods.stream().filter(Objects::nonNull).toList();
  }

  public StaffMember(String perfusionistId, String displayName, String email) {
    this(perfusionistId, displayName, email, List.of());
  }

  /** The methods to try, in order, for a page ({@code urgent}) or a routine notice; the email when none is set. */
  public List<ContactMethod> methodsFor(boolean urgent) {
    // A method without a kind cannot be routed at all; one with a bad address is kept, so that its failure (and
    // the move to the next method) is in the audit.
    List<ContactMethod> chosen = contactMethods.stream()
        .filter(m -> m.kind() != null && (urgent ? m.pages() : m.routine())).toList();
    if (!chosen.isEmpty()) {
      return chosen;
    }
    return email == null || email.isBlank() ? List.of() : List.of(ContactMethod.email(email));
  }
}
