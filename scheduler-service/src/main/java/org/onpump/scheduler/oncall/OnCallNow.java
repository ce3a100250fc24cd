package org.onpump.scheduler.oncall;

import java.time.Instant;
import java.util.List;
import org.onpump.shared.event.ContactMethod;

/**
 * Who a switchboard calls for a hospital now: first and second call, each null when no on-call seat covers this
 * moment (weekday daytime is covered by the day's roster) or nobody holds it, and the chief perfusionist.
 */
public record OnCallNow(String hospitalId, String departmentId, Instant at, Person firstCall, Person secondCall,
    Person chief) {

  /** One person and how to reach them, in their order; {@code until}: when their seat ends (null for the chief). */
  public record Person(String perfusionistId, String displayName, Instant until,
      List<ContactMethod> contactMethods) {}
}
