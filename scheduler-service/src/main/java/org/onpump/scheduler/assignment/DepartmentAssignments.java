package org.onpump.scheduler.assignment;

import java.time.Instant;
import java.util.List;

/** A department's case seats that touch {@code [from, to)}, with who holds each. */
public record DepartmentAssignments(String departmentId, Instant from, Instant to, List<AssignmentView> assignments) {}
