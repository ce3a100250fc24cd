package org.onpump.shared.security;

import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Who is calling, read from the claims of a verified token: their roles, the departments and hospitals they are
 * scoped to, and which perfusionist they are (if any). Unknown role names are ignored, never guessed at.
 *
 * @param subject the token's {@code sub}: who to name in the audit trail
 * @param perfusionistId the {@code perfusionist_id} claim; null for callers who are not on a roster
 */
public record Caller(String subject, Set<Role> roles, Set<String> departments, Set<String> hospitals,
    String perfusionistId) {

  public Caller {
    roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    departments = Set.copyOf(departments);
    hospitals = Set.copyOf(hospitals);
  }

  /** Reads the claims OnPump uses ({@code roles}, {@code departments}, {@code hospitals}, {@code perfusionist_id}). */
  public static Caller fromClaims(String subject, Map<String, Object> claims) {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    for (String name : strings(claims.get("roles"))) {
      for (Role role : Role.values()) {
        if (role.name().equalsIgnoreCase(name)) {
          roles.add(role);
        }
      }
    }
    Object perfusionist = claims.get("perfusionist_id");
    return new Caller(subject, roles, strings(claims.get("departments")), strings(claims.get("hospitals")),
        perfusionist instanceof String id && !id.isBlank() ? id : null);
  }

  public boolean has(Role role) {
    return roles.contains(role);
  }

  public boolean isAdmin() {
    return has(Role.ADMIN);
  }

  /** An admin, or a manager of {@code departmentId}. */
  public boolean manages(String departmentId) {
    return isAdmin() || (has(Role.MANAGER) && departments.contains(departmentId));
  }

  /** Manages the department, or is a perfusionist of it. */
  public boolean belongsTo(String departmentId) {
    return manages(departmentId) || (has(Role.PERFUSIONIST) && departments.contains(departmentId));
  }

  /** Is the perfusionist {@code perfusionistId} themself. */
  public boolean is(String perfusionistId) {
    return perfusionistId != null && perfusionistId.equals(this.perfusionistId) && has(Role.PERFUSIONIST);
  }

  /** An admin, or the scheduling system of {@code hospitalId}. */
  public boolean speaksFor(String hospitalId) {
    return isAdmin() || (has(Role.HOSPITAL_SYSTEM) && hospitals.contains(hospitalId));
  }

  private static Set<String> strings(Object claim) {
    Set<String> values = new LinkedHashSet<>();
    if (claim instanceof Collection<?> items) {
      items.stream().filter(String.class::isInstance).map(String.class::cast).map(String::trim)
          .filter(value -> !value.isEmpty()).forEach(values::add);
    } else if (claim instanceof String text) {
      for (String value : text.split("[,\\s]+")) {
        if (!value.isBlank()) {
          values.add(value);
        }
      }
    }
    return values;
  }
}
