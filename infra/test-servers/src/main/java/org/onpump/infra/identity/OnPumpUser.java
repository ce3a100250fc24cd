package org.onpump.infra.identity;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Who a token speaks for, in the claims OnPump reads (docs/security.md): {@code roles}, the {@code departments} and
 * {@code hospitals} they are scoped to, and for a perfusionist their {@code perfusionist_id}.
 */
public record OnPumpUser(String subject, List<String> roles, List<String> departments, List<String> hospitals,
    String perfusionistId) {

  public static OnPumpUser admin() {
    return new OnPumpUser("admin", List.of("ADMIN"), List.of(), List.of(), null);
  }

  public static OnPumpUser manager(String departmentId) {
    return new OnPumpUser("manager-" + departmentId, List.of("MANAGER"), List.of(departmentId), List.of(), null);
  }

  public static OnPumpUser perfusionist(String perfusionistId, String departmentId) {
    return new OnPumpUser(perfusionistId, List.of("PERFUSIONIST"), List.of(departmentId), List.of(),
        perfusionistId);
  }

  public static OnPumpUser hospitalSystem(String... hospitalIds) {
    return new OnPumpUser("system-" + String.join("-", hospitalIds), List.of("HOSPITAL_SYSTEM"), List.of(),
        List.of(hospitalIds), null);
  }

  Map<String, Object> claims() {
    Map<String, Object> claims = new LinkedHashMap<>();
    claims.put("roles", roles);
    claims.put("departments", departments);
    claims.put("hospitals", hospitals);
    if (perfusionistId != null) {
      claims.put("perfusionist_id", perfusionistId);
    }
    return claims;
  }
}
