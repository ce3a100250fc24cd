package org.onpump.infra.benchmarks;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.onpump.infra.identity.TestIdentity;
import org.onpump.infra.servers.EmbeddedServers;
import org.onpump.shared.kafka.Topics;

/**
 * What both pipeline benchmarks set up the same way: fresh real servers with OnPump's topics (as the services create
 * them: {@link Topics#PARTITIONS} partitions, replication 1), the scheduler's schema, and the services' command lines.
 */
final class BenchServers {

  static final Duration READY_TIMEOUT = Duration.ofMinutes(3);

  private BenchServers() {
  }

  /** Fresh PostgreSQL and broker; OnPump's topics and any scratch topics (one partition each) created. */
  static EmbeddedServers start(String... scratchTopics) {
    EmbeddedServers servers = quietly(() -> new EmbeddedServers(0));
    try {
      List<NewTopic> topics = new ArrayList<>();
      Topics.all().forEach(name -> topics.add(new NewTopic(name, Topics.PARTITIONS, (short) 1)));
      for (String scratch : scratchTopics) {
        topics.add(new NewTopic(scratch, 1, (short) 1));
      }
      try (Admin admin = Admin.create(Map.of("bootstrap.servers", servers.kafka().bootstrapServers()))) {
        admin.createTopics(topics).all().get(30, TimeUnit.SECONDS);
      }
      SchedulerSchema.migrate(servers.postgres());
      return servers;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      servers.close();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException | TimeoutException | RuntimeException e) {
      servers.close();
      throw new IllegalStateException("could not prepare the servers: " + e.getMessage(), e);
    }
  }

  /**
   * Runs a start-up step with its chatter (the KRaft broker's storage formatting prints to stdout) sent to stderr,
   * so that stdout holds the benchmark's summary only.
   */
  private static <T> T quietly(java.util.function.Supplier<T> step) {
    java.io.PrintStream out = System.out;
    System.setOut(System.err);
    try {
      return step.get();
    } finally {
      System.setOut(out);
    }
  }

  /**
   * The connection arguments both services take, the identity provider included: this JVM's, whose tokens the
   * benchmark's clients send.
   */
  static List<String> connections(EmbeddedServers servers) {
    return List.of("--spring.datasource.url=" + servers.postgres().jdbcUrl(),
        "--spring.datasource.username=" + servers.postgres().username(),
        "--spring.datasource.password=" + servers.postgres().password(),
        "--spring.kafka.bootstrap-servers=" + servers.kafka().bootstrapServers(),
        "--onpump.security.jwk-set-uri=" + TestIdentity.provider().jwkSetUri());
  }

  static ServiceJvm scheduler(PipelineOptions options, EmbeddedServers servers, Path logDir) {
    List<String> args = new ArrayList<>(connections(servers));
    args.addAll(options.schedulerArgs());
    return ServiceJvm.start("scheduler-service", options.servicesDir(), logDir, options.serviceJvmOptions(), args);
  }

  static ServiceJvm notifier(PipelineOptions options, EmbeddedServers servers, Path logDir, int smtpPort) {
    List<String> args = new ArrayList<>(connections(servers));
    args.add("--spring.mail.host=127.0.0.1");
    args.add("--spring.mail.port=" + smtpPort);
    return ServiceJvm.start("notifier-service", options.servicesDir(), logDir, options.serviceJvmOptions(), args);
  }

  /** The planning horizon the scheduler runs with: 14 days unless a --onpump.planning.horizon=<n>d is passed. */
  static Duration horizon(PipelineOptions options) {
    for (String arg : options.schedulerArgs()) {
      if (arg.startsWith("--onpump.planning.horizon=") && arg.endsWith("d")) {
        return Duration.ofDays(Long.parseLong(arg.substring(arg.indexOf('=') + 1, arg.length() - 1)));
      }
    }
    return Duration.ofDays(14);
  }

  /** Keeps the service's metrics page beside its log, for a look at what it spent its time on. */
  static void saveMetrics(ServiceJvm service, String name) {
    try {
      HttpResponse<String> metrics = HttpClient.newHttpClient().send(
          HttpRequest.newBuilder(URI.create(service.baseUrl() + "/actuator/prometheus"))
              .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
      Files.writeString(service.log().resolveSibling(name + "-metrics.txt"), metrics.body());
    } catch (IOException e) {
      System.err.println("could not save the metrics of " + name + ": " + e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
