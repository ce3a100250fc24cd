package org.onpump.scheduler.timeoff;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.ArrayList;
import java.util.List;
import org.onpump.scheduler.web.InvalidRequestException;
import org.onpump.shared.event.FieldViolation;

/** A manager's answer to a time-off request, with a note the requester is sent. */
@Schema(description = "APPROVED or DECLINED, with an optional note for the requester")
record DecisionForm(
    @Schema(description = "APPROVED or DECLINED", example = "APPROVED") String decision,
    @Schema(description = "optional, at most 500 characters; sent to the requester", example = "Enjoy it")
    String note) {

  static final int MAX_NOTE = 500;

  /** The checked decision. */
  record Decision(TimeOffStatus status, String note) {}

  /**
   * @throws InvalidRequestException naming each bad field
   */
  Decision validate() {
    List<FieldViolation> violations = new ArrayList<>();
    TimeOffStatus status = null;
    if ("APPROVED".equals(decision) || "DECLINED".equals(decision)) {
      status = TimeOffStatus.valueOf(decision);
    } else {
      violations.add(new FieldViolation("decision", decision == null ? "is required: APPROVED or DECLINED"
          : "'" + decision + "' is not APPROVED or DECLINED"));
    }
    String text = note == null || note.isBlank() ? null : note.trim();
    if (text != null && text.length() > MAX_NOTE) {
      violations.add(new FieldViolation("note", "must be at most " + MAX_NOTE + " characters"));
    }
    if (!violations.isEmpty()) {
      throw new InvalidRequestException("Invalid decision", violations);
    }
    return new Decision(status, text);
  }
}
