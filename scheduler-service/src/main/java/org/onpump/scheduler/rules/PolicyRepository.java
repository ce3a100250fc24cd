package org.onpump.scheduler.rules;

import java.sql.Array;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.onpump.scheduler.department.DepartmentPolicies;
import org.onpump.scheduler.department.DepartmentPolicy;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads and writes a department's row of {@code department_policy}. The solver's rules are read as the solver reads
 * them ({@link DepartmentPolicies}); the emergency order and swap approval, kept beside them, are read here.
 */
@Repository
class PolicyRepository {

  /** The defaults of the two rules beside {@link DepartmentPolicy}, as the table's column defaults set them. */
  static final List<String> DEFAULT_RESPONDERS = List.of("FIRST_CALL", "SECOND_CALL", "NEAREST_FREE");
  static final boolean DEFAULT_AUTO_APPROVE_SWAPS = false;

  private final JdbcClient jdbc;
  private final DepartmentPolicies policies;

  PolicyRepository(JdbcClient jdbc, DepartmentPolicies policies) {
    this.jdbc = jdbc;
    this.policies = policies;
  }

  /** Every rule's value for the department (the defaults where it has no row). */
  Map<PolicyRule, Object> current(String departmentId) {
    Map<PolicyRule, Object> values = values(policies.policyOf(departmentId));
    jdbc.sql("SELECT emergency_responders, auto_approve_swaps FROM department_policy WHERE department_id = ?")
        .param(departmentId)
        .query(rs -> {
          Array order = rs.getArray("emergency_responders");
          values.put(PolicyRule.EMERGENCY_RESPONDERS, Arrays.asList((String[]) order.getArray()));
          values.put(PolicyRule.AUTO_APPROVE_SWAPS, rs.getBoolean("auto_approve_swaps"));
        });
    return values;
  }

  /** Every rule's default. */
  static Map<PolicyRule, Object> defaults() {
    return values(DepartmentPolicy.defaults());
  }

  /** Makes sure the department has a row (with the defaults) and locks it until the transaction ends. */
  void lock(String departmentId) {
    jdbc.sql("INSERT INTO department_policy (department_id) VALUES (?) ON CONFLICT (department_id) DO NOTHING")
        .param(departmentId).update();
    jdbc.sql("SELECT department_id FROM department_policy WHERE department_id = ? FOR UPDATE")
        .param(departmentId).query(String.class).single();
  }

  /** Writes the changed rules, each already checked. */
  void update(String departmentId, Map<PolicyRule, Object> changes) {
    changes.forEach((rule, value) -> {
      switch (rule.kind) {
        case MONTH_DAY -> {
          String[] parts = ((String) value).split("-");
          jdbc.sql("""
                  UPDATE department_policy SET certification_year_start_month = ?, certification_year_start_day = ?
                  WHERE department_id = ?""")
              .params(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), departmentId).update();
        }
        case CODES, RESPONDERS -> set(departmentId, rule, ((List<?>) value).toArray(String[]::new), "varchar[]");
        case TIME -> set(departmentId, rule, LocalTime.parse((String) value), "time");
        default -> set(departmentId, rule, value, null);
      }
    });
  }

  private void set(String departmentId, PolicyRule rule, Object value, String type) {
    String parameter = type == null ? "?" : "CAST(? AS " + type + ")";
    jdbc.sql("UPDATE department_policy SET " + rule.column() + " = " + parameter + " WHERE department_id = ?")
        .params(value, departmentId).update();
  }

  private static Map<PolicyRule, Object> values(DepartmentPolicy policy) {
    Map<PolicyRule, Object> values = new EnumMap<>(PolicyRule.class);
    for (PolicyRule rule : PolicyRule.values()) {
      if (rule.read != null) {
        values.put(rule, rule.read.apply(policy));
      }
    }
    values.put(PolicyRule.EMERGENCY_RESPONDERS, DEFAULT_RESPONDERS);
    values.put(PolicyRule.AUTO_APPROVE_SWAPS, DEFAULT_AUTO_APPROVE_SWAPS);
    return values;
  }
}
