package org.onpump.infra.localstack;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.onpump.infra.identity.OnPumpUser;

/**
 * Who can sign in to the local stack, by username, as the demo department's data has them
 * (scheduler-service's changelog 003-demo-department.sql): {@code chief} is Ana Ortiz ({@code p-01}), manager and
 * perfusionist of {@code demo-cardiac}; {@code p-02} to {@code p-12} are its other perfusionists; {@code admin}
 * may do anything; {@code hospital} is the scheduling system of every demo hospital. There are no passwords.
 */
public final class DemoUsers {

  public static final String CHIEF = "chief";
  public static final String ADMIN = "admin";
  public static final String HOSPITAL = "hospital";

  /** The demo department's perfusionists, p-01 (the chief) to p-12. */
  private static final int PERFUSIONISTS = 12;

  private static final Map<String, OnPumpUser> USERS = directory();

  private DemoUsers() {}

  /** The user signing in as {@code username}; empty for anyone the demo does not know. */
  public static Optional<OnPumpUser> find(String username) {
    return Optional.ofNullable(USERS.get(username));
  }

  /** The user of {@code username}, which the demo must know. */
  public static OnPumpUser get(String username) {
    return find(username).orElseThrow(() -> new IllegalArgumentException("no demo user " + username));
  }

  /** Every username, in the order they are listed at start-up. */
  public static List<String> usernames() {
    return List.copyOf(USERS.keySet());
  }

  private static Map<String, OnPumpUser> directory() {
    Map<String, OnPumpUser> users = new LinkedHashMap<>();
    String department = DemoWeek.DEPARTMENT;
    OnPumpUser chief = new OnPumpUser(CHIEF, List.of("MANAGER", "PERFUSIONIST"), List.of(department), List.of(),
        "p-01");
    users.put(CHIEF, chief);
    users.put("p-01", chief);
    for (int n = 2; n <= PERFUSIONISTS; n++) {
      String id = "p-%02d".formatted(n);
      users.put(id, OnPumpUser.perfusionist(id, department));
    }
    users.put(ADMIN, OnPumpUser.admin());
    users.put(HOSPITAL, new OnPumpUser(HOSPITAL, List.of("HOSPITAL_SYSTEM"), List.of(), List.of(DemoWeek.HOSPITAL),
        null));
    return Collections.unmodifiableMap(users);
  }
}
