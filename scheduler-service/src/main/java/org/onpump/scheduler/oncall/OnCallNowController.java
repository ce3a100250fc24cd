package org.onpump.scheduler.oncall;

import java.util.List;
import org.onpump.shared.security.Caller;
import org.onpump.scheduler.security.Access;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import java.time.Clock;
import java.time.Instant;
import org.onpump.scheduler.staff.Perfusionist;
import org.onpump.scheduler.web.TimeRange;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Who is on call now at a hospital, with how to reach them: for switchboards and hospital systems. */
@RestController
class OnCallNowController {

  private final OnCallTeam team;
  private final Clock clock;

  private final Access access;

  OnCallNowController(OnCallTeam team, Clock clock, Access access) {
    this.access = access;
    this.team = team;
    this.clock = clock;
  }

  @Operation(summary = "Who is on call at a hospital now (or at a given instant)",
      description = "First and second call of the department for the hospital, with their contact methods in the "
          + "order to try them, and the department's chief perfusionist. A call is null when no on-call seat covers "
          + "the moment (weekday daytime is covered by the day's roster) or nobody could be found for it.")
  @GetMapping("/api/v1/hospitals/{hospitalId}/departments/{departmentId}/on-call/now")
  OnCallNow now(@PathVariable String hospitalId, @PathVariable String departmentId,
      @Parameter(description = "An instant such as 2026-11-23T03:00:00Z; default now")
      @RequestParam(required = false) String at) {
    Caller caller = access.requireSystemOrMemberOf(hospitalId, departmentId);
    // How to reach someone is private: the switchboard (the hospital's system) and managers get it, colleagues not.
    boolean reach = caller.speaksFor(hospitalId) || caller.manages(departmentId);
    Instant moment = at == null ? clock.instant() : TimeRange.instant("Invalid on-call query", "at", at);
    OnCallTeam.Team now = team.at(hospitalId, departmentId, moment);
    return new OnCallNow(hospitalId, departmentId, moment, person(now.firstCall(), reach, caller),
        person(now.secondCall(), reach, caller),
        now.chief() == null ? null : person(new OnCallTeam.Held(now.chief(), null), reach, caller));
  }

  private static OnCallNow.Person person(OnCallTeam.Held held, boolean reach,
      Caller caller) {
    if (held == null) {
      return null;
    }
    Perfusionist person = held.person();
    return new OnCallNow.Person(person.id(), person.displayName(), held.until(),
        reach || caller.is(person.id()) ? person.contactMethods() : List.of());
  }
}
