package org.onpump.scheduler.replanning;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.onpump.scheduler.assignment.Assignment;
import org.onpump.scheduler.cases.CaseKey;
import org.onpump.scheduler.cases.PumpCase;
import org.onpump.scheduler.oncall.OnCallSeat;
import org.onpump.scheduler.roster.DepartmentRoster;
import org.onpump.scheduler.staff.Perfusionist;

/**
 * A department's roster over a period as it is stored: the model with every seat held as stored (nothing solved),
 * and the stored rows it came from, so that a solve can be compared with them.
 *
 * @param roster null when the department has no hospital (nothing to roster)
 * @param cases the planned and running cases of the period, by key
 * @param caseSeats the stored seats of those cases, by seat id
 * @param onCallSeats the stored on-call seats of the period's days, by seat id
 */
public record StoredRoster(String departmentId, DepartmentRoster roster, Map<String, Perfusionist> staff,
    Map<CaseKey, PumpCase> cases, Map<String, Assignment> caseSeats, Map<String, OnCallSeat> onCallSeats) {

  public static StoredRoster empty(String departmentId, List<Perfusionist> staff) {
    return new StoredRoster(departmentId, null,
        staff.stream().collect(Collectors.toMap(Perfusionist::id, Function.identity())), Map.of(), Map.of(), Map.of());
  }

  public boolean hasSeats() {
    return roster != null && !roster.getSeats().isEmpty();
  }
}
