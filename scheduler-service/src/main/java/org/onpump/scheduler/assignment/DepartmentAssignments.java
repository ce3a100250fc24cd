package org.onpump.scheduler.assignment;

import java.time.Instant;
import java.util.List;

/** A department's cases that touch {@code [from, to)}, with who runs the pump on each. */
public record DepartmentAssignments(String departmentId, Instant from, Instant to, List<AssignmentView> assignments) {}
