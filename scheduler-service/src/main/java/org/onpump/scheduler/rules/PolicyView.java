package org.onpump.scheduler.rules;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.LinkedHashMap;
import java.util.Map;

/** A department's policy as the API shows it: every rule by name, with its value and the default. */
@Schema(description = "Every rule of the department's policy by name, with its value and its default")
public record PolicyView(String departmentId, Map<String, Rule> rules) {

  /** One rule: what the department set, and what a department that sets nothing gets. */
  public record Rule(Object value, @JsonProperty("default") Object defaultValue) {}

  static PolicyView of(String departmentId, Map<PolicyRule, Object> values, Map<PolicyRule, Object> defaults) {
    Map<String, Rule> rules = new LinkedHashMap<>();
    for (PolicyRule rule : PolicyRule.values()) {
      rules.put(rule.field, new Rule(values.get(rule), defaults.get(rule)));
    }
    return new PolicyView(departmentId, rules);
  }
}
