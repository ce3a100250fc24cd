package org.onpump.scheduler.oncall;

import java.time.Instant;
import java.util.List;

/** A department's on-call seats that touch {@code [from, to)}, with who holds each. */
public record DepartmentOnCall(String departmentId, Instant from, Instant to, List<OnCallView> onCall) {}
