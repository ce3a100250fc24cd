package org.onpump.scheduler.publication;

import java.util.List;
import java.util.Map;
import org.onpump.scheduler.replanning.HandEdits;
import org.onpump.scheduler.web.ConflictException;
import org.onpump.scheduler.web.InvalidRequestException;
import org.onpump.scheduler.web.NotFoundException;
import org.onpump.shared.event.FieldViolation;

/** How a change to who holds seats that the rules do not allow is answered: hand edits and swaps alike. */
public final class Refusals {

  private Refusals() {}

  /** Refuses (409 / 404 / 400) a judgement that does not allow the edit; shared with swaps. */
  public static void unlessAllowed(HandEdits.Judgement judgement, String title) {
    if (judgement.unknownSeat() != null) {
      throw new NotFoundException("Unknown seat", "No seat '" + judgement.unknownSeat() + "' is on the roster of "
          + "the planning window");
    }
    if (judgement.unknownPerson() != null) {
      throw new InvalidRequestException(title, List.of(new FieldViolation("perfusionistId",
          "'" + judgement.unknownPerson() + "' is not on the department's staff")));
    }
    if (!judgement.broken().isEmpty()) {
      var first = judgement.broken().get(0);
      throw new ConflictException(title, "It would break " + judgement.broken().size() + " hard rule match(es): "
          + first.rule() + " for " + first.perfusionistId() + " on " + first.seatId()
          + (judgement.broken().size() > 1 ? ", and more" : "") + ". Nothing was changed.",
          Map.of("brokenRules", judgement.broken()));
    }
  }
}
