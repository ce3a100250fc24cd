package org.onpump.scheduler.team;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.onpump.scheduler.staff.Credential;
import org.onpump.shared.event.Competency;
import org.onpump.shared.event.ContactMethod;

/**
 * A perfusionist's details as a manager set them, checked: what is stored for them.
 *
 * @param privileges minutes from home by hospital id, one entry per hospital where they may work
 */
record PerfusionistDetails(String id, String displayName, String email, Credential credential,
    Set<Competency> competencies, Map<String, Integer> privileges, Set<String> licences, int contractMinutesPerWeek,
    boolean avoidsNights, List<ContactMethod> contactMethods) {}
