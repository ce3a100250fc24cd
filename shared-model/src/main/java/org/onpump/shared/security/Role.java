package org.onpump.shared.security;

/** What a signed-in caller may do in OnPump; a token's {@code roles} claim lists these names. */
public enum Role {
  /** A chief perfusionist or department manager: staff, rules, rosters and approvals of their departments. */
  MANAGER,
  /** A perfusionist or student: their own schedule, pages, time off and swaps; the published roster. */
  PERFUSIONIST,
  /** A hospital's scheduling system: posts case events and pages for its own hospitals only. */
  HOSPITAL_SYSTEM,
  /** An OnPump operator: everything, in every department. */
  ADMIN
}
