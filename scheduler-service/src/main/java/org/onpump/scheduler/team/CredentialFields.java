package org.onpump.scheduler.team;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import org.onpump.scheduler.staff.Credential;
import org.onpump.scheduler.staff.CredentialLevel;
import org.onpump.shared.event.FieldViolation;

/**
 * Reads a perfusionist's credential from a request: the level, and the one date that level has (a CCP's
 * certification expiry, a board-eligible's deadline to certify; a student has none). A date the level does not
 * have is refused rather than kept, so that no stale date lingers after a promotion.
 */
final class CredentialFields {

  private CredentialFields() {}

  /** The credential, or null with the bad fields added to {@code violations}. */
  static Credential read(String credentialLevel, String certificationExpiry, String boardEligibleDeadline,
      List<FieldViolation> violations) {
    CredentialLevel level = null;
    if (credentialLevel == null || credentialLevel.isBlank()) {
      violations.add(new FieldViolation("credentialLevel", "is required: one of STUDENT, BOARD_ELIGIBLE, CCP"));
    } else {
      try {
        level = CredentialLevel.valueOf(credentialLevel.trim().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        violations.add(new FieldViolation("credentialLevel", "'" + credentialLevel
            + "' is not one of STUDENT, BOARD_ELIGIBLE, CCP"));
      }
    }
    LocalDate expiry = date("certificationExpiry", certificationExpiry, level == CredentialLevel.CCP, level,
        violations);
    LocalDate deadline = date("boardEligibleDeadline", boardEligibleDeadline,
        level == CredentialLevel.BOARD_ELIGIBLE, level, violations);
    return level == null ? null : new Credential(level, expiry, deadline);
  }

  private static LocalDate date(String field, String value, boolean needed, CredentialLevel level,
      List<FieldViolation> violations) {
    if (value == null || value.isBlank()) {
      if (needed) {
        violations.add(new FieldViolation(field, "is required for a " + level + ": a date such as 2028-06-30"));
      }
      return null;
    }
    if (!needed && level != null) {
      violations.add(new FieldViolation(field, "does not apply to a " + level + ": leave it out"));
      return null;
    }
    try {
      return LocalDate.parse(value.trim());
    } catch (DateTimeParseException e) {
      violations.add(new FieldViolation(field, "'" + value + "' is not a date such as 2028-06-30"));
      return null;
    }
  }
}
