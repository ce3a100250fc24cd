package org.onpump.scheduler.oncall;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.onpump.scheduler.department.HospitalDirectory;
import org.onpump.scheduler.staff.Perfusionist;
import org.onpump.scheduler.staff.StaffRepository;
import org.onpump.scheduler.web.NotFoundException;
import org.onpump.shared.event.PageRequest;
import org.springframework.stereotype.Component;

/**
 * Who covers a hospital at a moment: its first and second call (from the on-call seats) and the department's chief
 * perfusionist. What "who is on call now", the switchboard's page and the emergency page's escalation all read.
 */
@Component
public class OnCallTeam {

  private final HospitalDirectory directory;
  private final OnCallRepository seats;
  private final StaffRepository staff;

  OnCallTeam(HospitalDirectory directory, OnCallRepository seats, StaffRepository staff) {
    this.directory = directory;
    this.seats = seats;
    this.staff = staff;
  }

  /**
   * The team of a hospital the department staffs.
   *
   * @throws NotFoundException when the department does not staff that hospital
   */
  Team at(String hospitalId, String departmentId, Instant moment) {
    if (!directory.departmentOf(hospitalId).filter(departmentId::equals).isPresent()) {
      throw new NotFoundException("Unknown hospital or department",
          "No hospital '" + hospitalId + "' is staffed by a department '" + departmentId + "' in OnPump");
    }
    return at(hospitalId, departmentId, moment, staff.departmentStaffById(departmentId));
  }

  /** The team, from the department's people already loaded (by id). */
  public Team at(String hospitalId, String departmentId, Instant moment, Map<String, Perfusionist> people) {
    return new Team(held(hospitalId, OnCallSeat.Role.FIRST_CALL, moment, people),
        held(hospitalId, OnCallSeat.Role.SECOND_CALL, moment, people),
        directory.chiefOf(departmentId).map(people::get).orElse(null));
  }

  private Held held(String hospitalId, OnCallSeat.Role role, Instant moment, Map<String, Perfusionist> people) {
    return seats.holderAt(hospitalId, role, moment)
        .filter(seat -> people.containsKey(seat.perfusionistId()))
        .map(seat -> new Held(people.get(seat.perfusionistId()), seat.end()))
        .orElse(null);
  }

  /** A seat's holder and when the seat ends. */
  public record Held(Perfusionist person, Instant until) {}

  /** First and second call (null: no seat covers the moment, or nobody holds it) and the chief (null: none named). */
  public record Team(Held firstCall, Held secondCall, Perfusionist chief) {

    /**
     * Whom a page escalates to after {@code paged}: the second call, then the chief, each unless already named or
     * the person paged.
     */
    public List<PageRequest.Escalation> escalationAfter(Perfusionist paged) {
      List<PageRequest.Escalation> chain = new ArrayList<>();
      List<String> named = new ArrayList<>(List.of(paged.id()));
      if (secondCall != null && !named.contains(secondCall.person().id())) {
        named.add(secondCall.person().id());
        chain.add(new PageRequest.Escalation(PageRequest.Role.SECOND_CALL, secondCall.person().toStaffMember()));
      }
      if (chief != null && !named.contains(chief.id())) {
        chain.add(new PageRequest.Escalation(PageRequest.Role.CHIEF, chief.toStaffMember()));
      }
      return chain;
    }
  }
}
