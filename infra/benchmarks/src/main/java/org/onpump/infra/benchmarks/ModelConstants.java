package org.onpump.infra.benchmarks;

import java.lang.reflect.Field;

/**
 * The goal weights and the neighbourhood of the timeline rules, read from the service's own classes (where they are
 * package-private) so that the CP-SAT model cannot drift from them. The score check after every CP-SAT solve is what
 * proves the rest of the model agrees.
 */
record ModelConstants(int stability, int fairness, int activity, int preference, int complexCase, int overContract,
    int contract, int neighbourhoodMinutes) {

  static ModelConstants read() {
    return new ModelConstants(
        goal("STABILITY_WEIGHT"), goal("FAIRNESS_WEIGHT"), goal("ACTIVITY_WEIGHT"), goal("PREFERENCE_WEIGHT"),
        goal("COMPLEX_CASE_WEIGHT"), goal("OVER_CONTRACT_WEIGHT"), goal("CONTRACT_WEIGHT"),
        constant("org.onpump.scheduler.roster.TimelineRules", "NEIGHBOURHOOD_MINUTES"));
  }

  private static int goal(String name) {
    return constant("org.onpump.scheduler.roster.Goals", name);
  }

  private static int constant(String className, String name) {
    try {
      Field field = Class.forName(className).getDeclaredField(name);
      field.setAccessible(true);
      return field.getInt(null);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("the roster model no longer has " + className + "." + name
          + ": update the CP-SAT model in infra/benchmarks to match it", e);
    }
  }
}
