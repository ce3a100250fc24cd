package org.onpump.scheduler.explanation;

import org.onpump.scheduler.security.Access;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.onpump.scheduler.department.HospitalDirectory;
import org.onpump.scheduler.replanning.PlanningProperties;
import org.onpump.scheduler.web.InvalidRequestException;
import org.onpump.scheduler.web.NotFoundException;
import org.onpump.scheduler.web.TimeRange;
import org.onpump.shared.event.FieldViolation;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Why the roster is what it is, in the words of the rule names: the score by rule and by person for a range, and
 * for one seat the rules it meets or breaks and what every alternative would cost.
 */
@RestController
class RosterExplanationController {

  /** The longest range one explanation covers: about two months of seats. */
  static final Duration LONGEST_RANGE = Duration.ofDays(62);

  private static final String SEAT_ID = "the seat's id as the assignments and on-call APIs give it, for example "
      + "demo-general/C-2026-1001/PRIMARY or demo-general/2026-11-23/NIGHT/FIRST_CALL (URL-encoded: it holds '/')";

  private final HospitalDirectory directory;
  private final RosterExplainer explainer;
  private final PlanningProperties window;
  private final Clock clock;

  private final Access access;

  RosterExplanationController(Access access, HospitalDirectory directory, RosterExplainer explainer, PlanningProperties window,
      Clock clock) {
    this.access = access;
    this.directory = directory;
    this.explainer = explainer;
    this.window = window;
    this.clock = clock;
  }

  @Operation(summary = "The stored roster's score broken down by rule and by perfusionist",
      description = "Scores the roster of [from, to) as it stands (nothing is solved): the planned and running "
          + "cases touching the range and the on-call seats of every day it touches. Hard below 0 is unsafe, "
          + "medium counts required seats left unfilled, soft sums the weighted goals. Each rule appears by the "
          + "name the solver gives it, with its score and number of matches; each perfusionist with their share, "
          + "rule by rule. At most 62 days.")
  @GetMapping("/api/v1/departments/{departmentId}/roster/explanation")
  RosterExplanation roster(@PathVariable String departmentId,
      @Parameter(description = TimeRange.INSTANT, required = true) @RequestParam(required = false) String from,
      @Parameter(description = TimeRange.INSTANT, required = true) @RequestParam(required = false) String to) {
    TimeRange range = TimeRange.parse("Invalid explanation query", from, to, LONGEST_RANGE);
    requireDepartment(departmentId);
    return explainer.explainRoster(departmentId, range.from(), range.to());
  }

  @Operation(summary = "Why a seat is held by whom it is, and what every alternative would cost or break",
      description = "The seat is named by the query parameter seat (seat ids contain '/'). Lists the rule matches "
          + "that involve the seat, then every other perfusionist (and leaving the seat empty) with the score "
          + "difference if they held it instead and the rules that would then be broken, eligible people first, "
          + "best first. The roster is the one of [from, to), by default the planning window around now.")
  @GetMapping("/api/v1/departments/{departmentId}/roster/seats/explanation")
  SeatExplanation seat(@PathVariable String departmentId,
      @Parameter(description = SEAT_ID, required = true) @RequestParam(required = false) String seat,
      @Parameter(description = TimeRange.INSTANT + "; default: now minus the planning lookback")
      @RequestParam(required = false) String from,
      @Parameter(description = TimeRange.INSTANT + "; default: now plus the planning horizon")
      @RequestParam(required = false) String to) {
    if (seat == null || seat.isBlank()) {
      throw new InvalidRequestException("Invalid seat explanation query",
          List.of(new FieldViolation("seat", "is required: " + SEAT_ID)));
    }
    TimeRange range = from == null && to == null ? planningWindow()
        : TimeRange.parse("Invalid seat explanation query", from, to, LONGEST_RANGE);
    requireDepartment(departmentId);
    return explainer.explainSeat(departmentId, seat, range.from(), range.to())
        .orElseThrow(() -> new NotFoundException("Unknown seat", "No seat '" + seat + "' is on the roster of "
            + departmentId + " between " + range.from() + " and " + range.to()));
  }

  private TimeRange planningWindow() {
    Instant now = clock.instant();
    return new TimeRange(now.minus(window.lookback()), now.plus(window.horizon()));
  }

  private void requireDepartment(String departmentId) {
    access.requireManagerOf(departmentId);
    if (!directory.departmentExists(departmentId)) {
      throw new NotFoundException("Unknown department", "No department '" + departmentId + "' is known to OnPump");
    }
  }
}
