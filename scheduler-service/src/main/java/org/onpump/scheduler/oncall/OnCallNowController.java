package org.onpump.scheduler.oncall;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.onpump.scheduler.department.HospitalDirectory;
import org.onpump.scheduler.staff.Perfusionist;
import org.onpump.scheduler.staff.StaffRepository;
import org.onpump.scheduler.web.NotFoundException;
import org.onpump.scheduler.web.TimeRange;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Who is on call now at a hospital, with how to reach them: for switchboards and hospital systems. */
@RestController
class OnCallNowController {

  private final HospitalDirectory directory;
  private final OnCallRepository seats;
  private final StaffRepository staff;
  private final Clock clock;

  OnCallNowController(HospitalDirectory directory, OnCallRepository seats, StaffRepository staff, Clock clock) {
    this.directory = directory;
    this.seats = seats;
    this.staff = staff;
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
    Instant moment = at == null ? clock.instant() : TimeRange.instant("Invalid on-call query", "at", at);
    if (!directory.departmentOf(hospitalId).filter(departmentId::equals).isPresent()) {
      throw new NotFoundException("Unknown hospital or department",
          "No hospital '" + hospitalId + "' is staffed by a department '" + departmentId + "' in OnPump");
    }
    Map<String, Perfusionist> people = staff.departmentStaff(departmentId).stream()
        .collect(Collectors.toMap(Perfusionist::id, Function.identity()));
    return new OnCallNow(hospitalId, departmentId, moment,
        holder(seats.holderAt(hospitalId, OnCallSeat.Role.FIRST_CALL, moment), people),
        holder(seats.holderAt(hospitalId, OnCallSeat.Role.SECOND_CALL, moment), people),
        directory.chiefOf(departmentId).map(people::get).map(chief -> person(chief, null)).orElse(null));
  }

  private static OnCallNow.Person holder(Optional<OnCallView> seat, Map<String, Perfusionist> people) {
    return seat.filter(s -> people.containsKey(s.perfusionistId()))
        .map(s -> person(people.get(s.perfusionistId()), s.end())).orElse(null);
  }

  private static OnCallNow.Person person(Perfusionist person, Instant until) {
    return new OnCallNow.Person(person.id(), person.displayName(), until, person.contactMethods());
  }
}
