package org.onpump.scheduler.credentials;

import java.time.LocalDate;
import org.onpump.scheduler.staff.CredentialLevel;

/**
 * A credential date coming up (or gone by): a CCP's certification expiry or a board-eligible perfusionist's
 * deadline to certify. Past it, the person is not rostered for clinical work.
 *
 * @param daysLeft days from today (in the department's clock) to the date; negative once it has passed
 */
public record CredentialAlert(String perfusionistId, String displayName, CredentialLevel credentialLevel,
    Kind credential, LocalDate date, long daysLeft, boolean passed) {

  /** Which date it is. */
  public enum Kind {
    CERTIFICATION_EXPIRY("CCP certification expires", "CCP certification expired"),
    BOARD_ELIGIBLE_DEADLINE("deadline to become certified is", "deadline to become certified was");

    private final String coming;
    private final String gone;

    Kind(String coming, String gone) {
      this.coming = coming;
      this.gone = gone;
    }

    /** "CCP certification expires on 2027-06-30 (in 30 days)", or how long ago it passed. */
    String describe(LocalDate date, long daysLeft) {
      if (daysLeft < 0) {
        return gone + " on " + date + " (" + -daysLeft + (daysLeft == -1 ? " day" : " days") + " ago)";
      }
      return (this == CERTIFICATION_EXPIRY ? coming + " on " : coming + " ") + date
          + (daysLeft == 0 ? " (today)" : " (in " + daysLeft + (daysLeft == 1 ? " day)" : " days)"));
    }
  }

  /** What the alert says about the person, in a sentence's middle: "CCP certification expires on ...". */
  String describe() {
    return credential.describe(date, daysLeft);
  }
}
