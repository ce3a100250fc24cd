package org.onpump.scheduler.rules;

import java.math.BigInteger;
import java.time.DateTimeException;
import java.time.LocalTime;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.onpump.shared.event.Competency;
import org.onpump.shared.event.FieldViolation;

/**
 * Reads the rules a manager changes from a JSON object and checks each as the {@code department_policy} table's
 * CHECK constraints do (and the rules between two settings), naming the field of each one that is wrong.
 */
final class PolicyValues {

  private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,63}");
  private static final Pattern TIME = Pattern.compile("([01][0-9]|2[0-3]):[0-5][0-9]");
  private static final Pattern MONTH_DAY = Pattern.compile("([0-9]{2})-([0-9]{2})");
  private static final List<String> RESPONDERS = List.of("FIRST_CALL", "SECOND_CALL", "NEAREST_FREE");

  private PolicyValues() {}

  /** Each named rule's new value, as {@link PolicyRule} shows values; unknown names and bad values are violations. */
  static void read(Map<String, Object> body, Map<PolicyRule, Object> changes, List<FieldViolation> violations) {
    body.forEach((field, value) -> {
      PolicyRule rule = PolicyRule.named(field);
      if (rule == null) {
        violations.add(new FieldViolation(field, "is not a rule of the department's policy"));
      } else if (value == null) {
        violations.add(new FieldViolation(field, "cannot be null: leave the rule out to keep it as it is"));
      } else {
        String problem = problem(rule, value);
        if (problem != null) {
          violations.add(new FieldViolation(field, problem));
        } else {
          changes.put(rule, normal(rule, value));
        }
      }
    });
  }

  /** The rules between two settings, checked on the policy as it would be; the changed field is named. */
  static void checkTogether(Map<PolicyRule, Object> policy, Set<PolicyRule> changed, List<FieldViolation> violations) {
    if (!LocalTime.parse((String) policy.get(PolicyRule.DAY_START))
        .isBefore(LocalTime.parse((String) policy.get(PolicyRule.NIGHT_START)))) {
      violations.add(new FieldViolation(name(changed, PolicyRule.DAY_START, PolicyRule.NIGHT_START),
          "dayStart must be before nightStart (" + policy.get(PolicyRule.DAY_START) + " is not before "
              + policy.get(PolicyRule.NIGHT_START) + ")"));
    }
    atMost(policy, changed, PolicyRule.YEARLY_PRIMARY_ACTIVITIES, PolicyRule.YEARLY_ACTIVITIES, violations);
    atMost(policy, changed, PolicyRule.STUDENT_PAEDIATRIC_CASES, PolicyRule.STUDENT_CASES, violations);
  }

  private static void atMost(Map<PolicyRule, Object> policy, Set<PolicyRule> changed, PolicyRule part,
      PolicyRule whole, List<FieldViolation> violations) {
    if ((Integer) policy.get(part) > (Integer) policy.get(whole)) {
      violations.add(new FieldViolation(name(changed, part, whole), part.field + " (" + policy.get(part)
          + ") must be at most " + whole.field + " (" + policy.get(whole) + ")"));
    }
  }

  /** The first of the two rules that the request changed. */
  private static String name(Set<PolicyRule> changed, PolicyRule first, PolicyRule second) {
    return changed.contains(first) || !changed.contains(second) ? first.field : second.field;
  }

  private static String problem(PolicyRule rule, Object value) {
    return switch (rule.kind) {
      case BOOLEAN -> value instanceof Boolean ? null : "must be true or false";
      case INTEGER -> !(value instanceof Integer || value instanceof Long || value instanceof BigInteger)
          || ((Number) value).doubleValue() < rule.min || ((Number) value).doubleValue() > rule.max
          ? "must be a whole number from " + rule.min + " to " + rule.max : null;
      case COMPETENCY -> value instanceof String code && Arrays.stream(Competency.values())
          .anyMatch(c -> c.name().equals(code)) ? null
          : "must be one of " + Arrays.toString(Competency.values());
      case TIME -> value instanceof String time && TIME.matcher(time).matches() ? null
          : "must be a time of day such as 17:00";
      case MONTH_DAY -> monthDayProblem(value);
      case CODES -> !(value instanceof List<?> codes) ? "must be a list of procedure types such as [\"CABG\"]"
          : codes.stream().allMatch(c -> c instanceof String code && CODE.matcher(code).matches()) ? null
          : "each procedure type must be a code of 1 to 64 letters, digits, '.', '_', ':' or '-'";
      case RESPONDERS -> !(value instanceof List<?> order) || order.isEmpty()
          || !order.stream().allMatch(RESPONDERS::contains) || Set.copyOf(order).size() != order.size()
          ? "must list, in order and once each, some of " + RESPONDERS : null;
    };
  }

  private static String monthDayProblem(Object value) {
    var match = value instanceof String text ? MONTH_DAY.matcher(text) : null;
    if (match == null || !match.matches()) {
      return "must be a month and day such as 07-01";
    }
    int month = Integer.parseInt(match.group(1));
    int day = Integer.parseInt(match.group(2));
    if (month == 2 && day == 29) {
      return "cannot be 02-29: a certification year must start on a day every year has";
    }
    try {
      MonthDay.of(month, day);
      return null;
    } catch (DateTimeException e) {
      return "'" + value + "' is not a day of the year";
    }
  }

  private static Object normal(PolicyRule rule, Object value) {
    return switch (rule.kind) {
      case INTEGER -> ((Number) value).intValue();
      case CODES -> PolicyRule.sorted(new LinkedHashSet<>(strings(value)));
      case RESPONDERS -> List.copyOf(strings(value));
      default -> value;
    };
  }

  private static List<String> strings(Object list) {
    List<String> values = new ArrayList<>();
    ((List<?>) list).forEach(item -> values.add((String) item));
    return values;
  }
}
