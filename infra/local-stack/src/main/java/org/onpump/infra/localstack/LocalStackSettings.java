package org.onpump.infra.localstack;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Ports and paths of a local stack. Every one can be set on the command line as {@code --name=value}, for example
 * {@code --scheduler-port=9080}; port 0 means any free port. The Kafka broker always takes a free port (its
 * embedded KRaft test kit cannot be given one); the stack prints it and hands it to the services. The identity
 * provider ({@code identity-port}) hands out the demo users' tokens at {@code /token}.
 */
public record LocalStackSettings(
    int postgresPort,
    int smtpPort,
    int imapPort,
    int mailboxPort,
    int schedulerPort,
    int notifierPort,
    int identityPort,
    Path servicesDir,
    Path logDir,
    boolean demo) {

  /** The settings of {@code ./infra/run-local.sh}, as documented in the README. */
  public static LocalStackSettings defaults() {
    return new LocalStackSettings(15432, 3025, 3143, 8025, 8080, 8081, 8090,
        Path.of("infra/local-stack/target/services"), Path.of(".local-stack/logs"), true);
  }

  public static LocalStackSettings fromArgs(String... args) {
    Map<String, String> given = new HashMap<>();
    for (String arg : args) {
      if (!arg.startsWith("--") || !arg.contains("=")) {
        throw new IllegalArgumentException("expected --name=value, got '" + arg + "'");
      }
      given.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
    }
    LocalStackSettings d = defaults();
    LocalStackSettings settings = new LocalStackSettings(
        port(given, "postgres-port", d.postgresPort()),
        port(given, "smtp-port", d.smtpPort()),
        port(given, "imap-port", d.imapPort()),
        port(given, "mailbox-port", d.mailboxPort()),
        port(given, "scheduler-port", d.schedulerPort()),
        port(given, "notifier-port", d.notifierPort()),
        port(given, "identity-port", d.identityPort()),
        Path.of(take(given, "services-dir", d.servicesDir().toString())),
        Path.of(take(given, "log-dir", d.logDir().toString())),
        Boolean.parseBoolean(take(given, "demo", "true")));
    if (!given.isEmpty()) {
      throw new IllegalArgumentException("unknown settings " + given.keySet() + "; known: postgres-port,"
          + " smtp-port, imap-port, mailbox-port, scheduler-port, notifier-port, identity-port, services-dir,"
          + " log-dir, demo");
    }
    return settings;
  }

  private static String take(Map<String, String> given, String name, String fallback) {
    String value = given.remove(name);
    return value == null ? fallback : value;
  }

  private static int port(Map<String, String> given, String name, int fallback) {
    String value = given.remove(name);
    if (value == null) {
      return fallback;
    }
    try {
      int port = Integer.parseInt(value);
      if (port < 0 || port > 65535) {
        throw new NumberFormatException();
      }
      return port;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("--" + name + " must be a port from 0 to 65535, not '" + value + "'");
    }
  }
}
