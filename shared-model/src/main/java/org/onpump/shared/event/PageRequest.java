package org.onpump.shared.event;

import java.util.List;

/**
 * What makes a notification a page: its kind, which picks the department's escalation chain, and who the chain may
 * reach after the person paged, as the sender knew them when it paged.
 */
public record PageRequest(Kind kind, List<Escalation> escalation) {

  public PageRequest {
    escalation = escalation == null ? List.of() : List.copyOf(escalation);
  }

  /** Emergency bypass, or any other call to the person on call. */
  public enum Kind {
    EMERGENCY,
    ON_CALL
  }

  /** Who holds a role of the chain: the second call, the chief perfusionist. */
  public enum Role {
    SECOND_CALL,
    CHIEF
  }

  /** One person the page may escalate to. */
  public record Escalation(Role role, StaffMember person) {}
}
