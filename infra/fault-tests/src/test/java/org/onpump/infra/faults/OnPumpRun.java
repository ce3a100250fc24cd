package org.onpump.infra.faults;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.onpump.infra.identity.TestIdentity;

/**
 * One run of the whole system from scratch: a fresh PostgreSQL data directory and broker log directory, the
 * mailbox, the scheduler and the notifier as processes (trusting this JVM's identity provider), and the fault
 * test's departments. Every part can be killed or restarted on its own while the run goes on.
 */
final class OnPumpRun implements AutoCloseable {

  final String name;
  final Path dir;
  final Database database;
  final KafkaBroker broker;
  final Mailbox mailbox;
  final Service scheduler;
  final Service notifier;
  /** Emails in the mailbox when the killed notifier had exited; -1 while it has not been killed. */
  private volatile int mailsWhenNotifierDied = -1;

  private OnPumpRun(String name, Path dir, Database database, KafkaBroker broker, Mailbox mailbox,
      Service scheduler, Service notifier) {
    this.name = name;
    this.dir = dir;
    this.database = database;
    this.broker = broker;
    this.mailbox = mailbox;
    this.scheduler = scheduler;
    this.notifier = notifier;
  }

  /**
   * Kills the notifier hard and starts it again, noting how many emails the mailbox held once the killed process
   * had exited: every email after that was sent by the new incarnation.
   */
  void killAndRestartNotifier() {
    notifier.killAndRestart(() -> mailsWhenNotifierDied = mailbox.count());
  }

  int mailsWhenNotifierDied() {
    return mailsWhenNotifierDied;
  }

  /** Starts everything and seeds the departments once the scheduler has created its schema. */
  static OnPumpRun start(String name, FaultSettings settings, List<Department> departments) {
    Path dir = settings.workDir().resolve(name);
    deleteRecursively(dir);
    Path logs = dir.resolve("logs");
    List<AutoCloseable> started = new ArrayList<>();
    try {
      Files.createDirectories(logs);
      Database database = started(started, new Database(dir.resolve("postgres"), logs.resolve("postgres.log")));
      database.start();
      KafkaBroker broker = started(started, new KafkaBroker(dir.resolve("kafka"), logs, settings.brokerClasspath()));
      broker.start();
      Mailbox mailbox = started(started, new Mailbox());
      List<String> shared = List.of("--spring.datasource.url=" + database.jdbcUrl(),
          "--spring.datasource.username=" + Database.USER, "--spring.datasource.password=postgres",
          "--spring.kafka.bootstrap-servers=" + broker.bootstrapServers(),
          // The services refuse to start without an identity provider; the stream reaches them through Kafka.
          "--onpump.security.jwk-set-uri=" + TestIdentity.provider().jwkSetUri(),
          // A killed consumer's partitions go to its successor after this, not after the default 45 seconds.
          "--spring.kafka.consumer.properties.session.timeout.ms=10000",
          "--spring.kafka.consumer.properties.heartbeat.interval.ms=2000");
      List<String> schedulerSettings = concat(shared, List.of("--onpump.planning.mode=reproducible",
          "--onpump.clock.fixed=" + settings.clock(), "--onpump.planning.horizon=" + settings.horizonSetting(),
          "--onpump.solver.reproducible-steps=" + settings.solverSteps(),
          // Reminders come from a timer, not from the stream: the two runs would tell people different things.
          "--onpump.reminders.on-call-lead=0s"));
      Service scheduler = started(started, new Service("scheduler-service", settings.servicesDir(), logs,
          List.of("-Xmx768m", "-XX:+UseSerialGC"), concat(schedulerSettings, settings.schedulerArguments())));
      List<String> notifierSettings = concat(shared, List.of("--spring.mail.host=127.0.0.1",
          "--spring.mail.port=" + mailbox.smtpPort(),
          // GreenMail answers EHLO 40 ms late (its multi-line reply meets Nagle and delayed ACKs); HELO is instant.
          "--spring.mail.properties[mail.smtp.ehlo]=false",
          // A notifier killed while holding claims: its successor sends them after this, not after 2 minutes.
          "--onpump.email.claim-timeout=15s",
          // Nobody acknowledges the stream's emergency pages: no escalation step may fire within the run.
          "--onpump.paging.chains.EMERGENCY[0].target=PAGED", "--onpump.paging.chains.EMERGENCY[0].after=24h"));
      Service notifier = started(started, new Service("notifier-service", settings.servicesDir(), logs,
          List.of("-Xmx384m", "-XX:+UseSerialGC"), concat(notifierSettings, settings.notifierArguments())));
      scheduler.start();
      notifier.start();
      scheduler.awaitReady();
      notifier.awaitReady();
      try (Connection db = database.connect()) {
        DepartmentSeed.seed(db, departments, settings.clock());
      }
      return new OnPumpRun(name, dir, database, broker, mailbox, scheduler, notifier);
    } catch (IOException | SQLException | RuntimeException e) {
      started.forEach(OnPumpRun::closeQuietly);
      throw new IllegalStateException("run " + name + " could not start: " + e.getMessage(), e);
    }
  }

  private static <T extends AutoCloseable> T started(List<AutoCloseable> started, T resource) {
    started.add(0, resource);
    return resource;
  }

  private static List<String> concat(List<String> shared, List<String> more) {
    return Stream.concat(shared.stream(), more.stream()).toList();
  }

  Connection connect() throws SQLException {
    return database.connect();
  }

  /** Stops the services first, then the broker, the mailbox and the database. */
  @Override
  public void close() {
    Stream.of(scheduler, notifier, broker, mailbox, database).forEach(OnPumpRun::closeQuietly);
  }

  private static void closeQuietly(AutoCloseable resource) {
    try {
      resource.close();
    } catch (Exception e) {
      System.err.println("while stopping: " + e);
    }
  }

  private static void deleteRecursively(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException("could not clear " + dir, e);
    }
  }
}
