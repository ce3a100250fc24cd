package org.onpump.infra.localstack;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.onpump.infra.identity.LocalIdentityProvider;
import org.onpump.infra.identity.OnPumpUser;
import org.onpump.infra.servers.EmbeddedServers;
import org.onpump.infra.servers.KafkaServer;
import org.onpump.infra.servers.PostgresServer;
import org.onpump.shared.event.OnPumpEvent;

/**
 * The whole of OnPump on one machine with only a JDK: a real PostgreSQL (embedded binaries), a real KRaft Kafka
 * broker, a local SMTP server with a mailbox page, a local identity provider whose tokens the services check (for
 * the {@link DemoUsers}), the scheduler and the notifier as child processes, and a demo department with a week of
 * cases. Ctrl-C stops everything.
 */
public final class LocalStack implements AutoCloseable {

  private static final Duration READY_TIMEOUT = Duration.ofSeconds(180);

  private final List<AutoCloseable> running = new ArrayList<>();
  private boolean closed;
  private LocalIdentityProvider identity;
  private LocalMailbox mailbox;
  private ServiceProcess scheduler;
  private ServiceProcess notifier;

  /**
   * Starts the identity provider, the mailbox and both services against the given servers and waits until both
   * are ready. What was started stays registered for {@link #close()}, even when a step fails or the wait is
   * interrupted.
   */
  public LocalStack start(LocalStackSettings settings, PostgresServer postgres, KafkaServer kafka) {
    identity = started(LocalIdentityProvider.start(settings.identityPort(), DemoUsers::find));
    mailbox = started(new LocalMailbox(settings.smtpPort(), settings.imapPort(), settings.mailboxPort()));
    List<String> shared = List.of("--spring.datasource.url=" + postgres.jdbcUrl(),
        "--spring.datasource.username=" + postgres.username(),
        "--spring.datasource.password=" + postgres.password(),
        "--spring.kafka.bootstrap-servers=" + kafka.bootstrapServers(),
        "--onpump.security.jwk-set-uri=" + identity.jwkSetUri());
    // Both ports first: each service is told where the other answers (the web page calls the notifier).
    int schedulerPort = FreePorts.orAnyFree(settings.schedulerPort());
    int notifierPort = FreePorts.orAnyFree(settings.notifierPort());
    List<String> schedulerProperties = new ArrayList<>(shared);
    schedulerProperties.add("--onpump.web.local-token-url=" + identity.tokenUri());
    schedulerProperties.add("--onpump.web.notifier-url=http://localhost:" + notifierPort);
    scheduler = started(ServiceProcess.start("scheduler-service", schedulerPort, settings.servicesDir(),
        settings.logDir(), schedulerProperties));
    List<String> notifierProperties = new ArrayList<>(shared);
    notifierProperties.add("--onpump.web.allowed-origins=http://localhost:" + schedulerPort
        + ",http://127.0.0.1:" + schedulerPort);
    notifierProperties.add("--spring.mail.host=127.0.0.1");
    notifierProperties.add("--spring.mail.port=" + mailbox.smtpPort());
    String gateway = "http://127.0.0.1:" + mailbox.httpPort();
    notifierProperties.add("--onpump.channels.sms-gateway-url=" + gateway + "/sms");
    notifierProperties.add("--onpump.channels.voice-gateway-url=" + gateway + "/voice");
    notifierProperties.add("--onpump.paging.public-url=http://localhost:" + notifierPort);
    notifier = started(ServiceProcess.start("notifier-service", notifierPort, settings.servicesDir(),
        settings.logDir(), notifierProperties));
    scheduler.awaitReady(READY_TIMEOUT);
    notifier.awaitReady(READY_TIMEOUT);
    return this;
  }

  /** Runs the local stack with {@code --name=value} settings (see {@link LocalStackSettings}). */
  public static void main(String[] args) {
    LocalStackSettings settings = LocalStackSettings.fromArgs(args);
    LocalStack stack = new LocalStack();
    EmbeddedServers[] servers = new EmbeddedServers[1];
    // Registered first, so that Ctrl-C at any moment stops whatever has started by then.
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      System.out.println("Stopping OnPump ...");
      stack.close();
      if (servers[0] != null) {
        servers[0].close();
      }
    }, "local-stack-stop"));
    try {
      System.out.println("Starting PostgreSQL and Kafka ...");
      servers[0] = new EmbeddedServers(settings.postgresPort());
      System.out.println("Starting the identity provider, the mailbox, the scheduler and the notifier (logs in "
          + settings.logDir() + ") ...");
      stack.start(settings, servers[0].postgres(), servers[0].kafka());
      if (settings.demo()) {
        stack.postDemoWeek();
      }
    } catch (RuntimeException e) {
      // The broker's threads would keep the JVM alive: exit, which runs the hook and stops what had started.
      System.err.println("OnPump could not start: " + e.getMessage());
      System.exit(1);
    }
    System.out.println(stack.describe(servers[0]));
    waitForCtrlC();
  }

  private static void waitForCtrlC() {
    try {
      Thread.currentThread().join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Posts the demo department's week of cases through the scheduler's REST intake. */
  public void postDemoWeek() {
    List<OnPumpEvent> week = DemoWeek.bookings(LocalDate.now(DemoWeek.ZONE), Instant.now());
    PostDemoWeek.post(new CaseEventClient(scheduler.baseUrl(), bearer(DemoUsers.get(DemoUsers.HOSPITAL))), week);
    System.out.println("Posted " + week.size() + " demo cases for department " + DemoWeek.DEPARTMENT + ".");
  }

  public String schedulerUrl() {
    return scheduler.baseUrl();
  }

  public String notifierUrl() {
    return notifier.baseUrl();
  }

  public LocalMailbox mailbox() {
    return mailbox;
  }

  /** The identity provider the services trust; its {@code /token} knows the {@link DemoUsers}. */
  public LocalIdentityProvider identity() {
    return identity;
  }

  /** {@code Bearer <token>} for {@code user}, signed by the stack's identity provider. */
  public String bearer(OnPumpUser user) {
    return "Bearer " + identity.tokenFor(user);
  }

  private String describe(EmbeddedServers servers) {
    return String.join(System.lineSeparator(),
        "",
        "OnPump is running. Ctrl-C stops everything. Every /api/ call needs a bearer token (\"A token\" below).",
        "  Web page         " + scheduler.baseUrl() + "/  (sign in as chief, p-02 ... p-12, admin or hospital)",
        "  Scheduler        " + scheduler.baseUrl() + "  (Swagger UI " + scheduler.baseUrl() + "/swagger-ui.html)",
        "  Notifier         " + notifier.baseUrl() + "  (Swagger UI " + notifier.baseUrl() + "/swagger-ui.html)",
        "  Health           " + scheduler.baseUrl() + "/actuator/health  " + notifier.baseUrl() + "/actuator/health",
        "  Assignments      " + scheduler.baseUrl() + "/api/v1/departments/" + DemoWeek.DEPARTMENT
            + "/assignments?from=<instant>&to=<instant>",
        "  Notifications    " + notifier.baseUrl() + "/api/v1/perfusionists/p-01/notifications",
        "  Mailbox (JSON)   http://localhost:" + mailbox.httpPort() + "/   (SMTP " + mailbox.smtpPort()
            + ", IMAP " + mailbox.imapPort() + ")",
        "  SMS gateway      http://localhost:" + mailbox.httpPort() + "/sms   (voice: /voice)",
        "  Pages            " + notifier.baseUrl() + "/api/v1/departments/demo-cardiac/pages",
        "  PostgreSQL       " + servers.postgres().jdbcUrl() + "  (user postgres, password postgres)",
        "  Kafka            " + servers.kafka().bootstrapServers(),
        "  Identity         " + identity.issuer() + "  (key set " + identity.jwkSetUri() + ")",
        "  A token          curl -s -d username=chief " + identity.tokenUri()
            + "   (or p-02 ... p-12, admin, hospital)",
        "  then             curl -H \"Authorization: Bearer <access_token>\" " + notifier.baseUrl()
            + "/api/v1/departments/demo-cardiac/pages",
        "  Logs             " + scheduler.log() + "  " + notifier.log(),
        "");
  }

  /** Registers what was started for {@link #close()}; after close, it is stopped at once instead. */
  private synchronized <T extends AutoCloseable> T started(T resource) {
    if (closed) {
      closeQuietly(resource);
      throw new IllegalStateException("the local stack is stopping");
    }
    running.add(0, resource);
    return resource;
  }

  /** Stops the services first, then the mailbox: the reverse of the start order. */
  @Override
  public synchronized void close() {
    closed = true;
    running.forEach(LocalStack::closeQuietly);
    running.clear();
  }

  private static void closeQuietly(AutoCloseable resource) {
    try {
      resource.close();
    } catch (Exception e) {
      System.err.println("while stopping: " + e);
    }
  }
}
