package org.onpump.scheduler.department;

import java.time.ZoneId;
import java.util.Map;

/**
 * A hospital a department staffs, as the roster needs it: its clock, its state (and whether that state requires a
 * perfusion licence), and how long the drive is to each of the department's other hospitals.
 *
 * @param minutesTo travel time to other hospitals by id; a hospital missing from it is treated as unreachable
 */
public record Hospital(String id, ZoneId zone, String state, boolean licenceRequired, Map<String, Integer> minutesTo) {

  public Hospital {
    minutesTo = Map.copyOf(minutesTo);
  }

  /** Minutes needed to get from here to the other hospital: none within the same hospital. */
  public int travelMinutesTo(String otherHospitalId) {
    return id.equals(otherHospitalId) ? 0 : minutesTo.getOrDefault(otherHospitalId, 24 * 60);
  }
}
