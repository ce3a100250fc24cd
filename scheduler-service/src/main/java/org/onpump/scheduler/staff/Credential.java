package org.onpump.scheduler.staff;

import java.time.LocalDate;

/**
 * A perfusionist's credential and the date it holds until: a CCP's certification expiry, a board-eligible
 * perfusionist's deadline to certify. A student practises under a CCP and has no date of their own.
 */
public record Credential(CredentialLevel level, LocalDate certificationExpiry, LocalDate boardEligibleDeadline) {

  public Credential {
    if (level == null) {
      throw new IllegalArgumentException("credential level is required");
    }
  }

  public static Credential ccp(LocalDate certificationExpiry) {
    return new Credential(CredentialLevel.CCP, certificationExpiry, null);
  }

  public static Credential boardEligible(LocalDate boardEligibleDeadline) {
    return new Credential(CredentialLevel.BOARD_ELIGIBLE, null, boardEligibleDeadline);
  }

  public static Credential student() {
    return new Credential(CredentialLevel.STUDENT, null, null);
  }

  /** Whether the credential allows clinical work on that day; a missing date never does (safety first). */
  public boolean validOn(LocalDate day) {
    return switch (level) {
      case STUDENT -> true;
      case BOARD_ELIGIBLE -> boardEligibleDeadline != null && !day.isAfter(boardEligibleDeadline);
      case CCP -> certificationExpiry != null && !day.isAfter(certificationExpiry);
    };
  }
}
