package org.onpump.infra.servers;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;

/**
 * One real PostgreSQL and one real Kafka broker per JVM, started on first use and stopped when the JVM exits.
 *
 * <p>Where a Docker engine answers they are Testcontainers containers; where none does (as on the build machines)
 * they are embedded PostgreSQL binaries and an in-process KRaft broker. The system property or environment
 * variable {@code onpump.servers} ({@code ONPUMP_SERVERS}) set to {@code docker} or {@code embedded} overrides the
 * choice.
 */
public final class RealServers {

  private static final Logger log = LoggerFactory.getLogger(RealServers.class);

  private static Servers servers;

  private RealServers() {}

  public static synchronized PostgresServer postgres() {
    return servers().postgres();
  }

  public static synchronized KafkaServer kafka() {
    return servers().kafka();
  }

  /** Whether the servers of this JVM run in Docker containers. */
  public static boolean useDocker() {
    String chosen = System.getProperty("onpump.servers", System.getenv().getOrDefault("ONPUMP_SERVERS", ""));
    if (!chosen.isBlank()) {
      return chosen.equalsIgnoreCase("docker");
    }
    try {
      return DockerClientFactory.instance().isDockerAvailable();
    } catch (RuntimeException | LinkageError e) {
      return false;
    }
  }

  private static Servers servers() {
    if (servers == null) {
      if (useDocker()) {
        servers = new DockerServers();
      } else {
        EmbeddedServers embedded = new EmbeddedServers(0);
        Runtime.getRuntime().addShutdownHook(new Thread(embedded::close, "embedded-servers-stop"));
        servers = embedded;
      }
      log.info("Real servers for this JVM: {}", servers.describe());
    }
    return servers;
  }

  /** A pair of running servers. */
  interface Servers {
    PostgresServer postgres();

    KafkaServer kafka();

    String describe();
  }
}
