package org.onpump.infra.faults;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
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
import org.apache.kafka.common.Uuid;

/**
 * A single-node KRaft Kafka broker (broker and controller in one process) as a child JVM, so that it can be
 * stopped and started again on the same port and the same log directory, as a real broker restart is.
 */
final class KafkaBroker implements AutoCloseable {

  private static final Duration READY_TIMEOUT = Duration.ofSeconds(90);

  private final Path dir;
  private final Path logDir;
  private final String classpath;
  private final int port;
  private Process process;
  private int incarnation;

  /** Formats the log directory of a new broker under {@code dir}; {@link #start()} starts it. */
  KafkaBroker(Path dir, Path logDir, String classpath) {
    this.dir = dir;
    this.logDir = logDir;
    this.classpath = classpath;
    this.port = Ports.free();
    int controllerPort = Ports.free();
    try {
      Files.createDirectories(dir);
      Files.writeString(properties(), String.join("\n",
          "process.roles=broker,controller",
          "node.id=1",
          "controller.quorum.voters=1@127.0.0.1:" + controllerPort,
          "listeners=PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort,
          "advertised.listeners=PLAINTEXT://127.0.0.1:" + port,
          "controller.listener.names=CONTROLLER",
          "inter.broker.listener.name=PLAINTEXT",
          "listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
          "log.dirs=" + dir.resolve("data").toAbsolutePath(),
          // The services create their topics (6 partitions each); nothing appears by accident.
          "auto.create.topics.enable=false",
          "num.partitions=6",
          "offsets.topic.replication.factor=1",
          "offsets.topic.num.partitions=6",
          "transaction.state.log.replication.factor=1",
          "transaction.state.log.min.isr=1",
          "share.coordinator.state.topic.replication.factor=1",
          "share.coordinator.state.topic.min.isr=1",
          "group.initial.rebalance.delay.ms=0",
          ""));
    } catch (IOException e) {
      throw new UncheckedIOException("could not write the broker's settings in " + dir, e);
    }
    Process format = ChildProcesses.java(jvm("kafka.tools.StorageTool", "format", "-t",
        Uuid.randomUuid().toString(), "-c", properties().toString()), logDir.resolve("kafka-format.log"));
    try {
      if (!format.waitFor(60, TimeUnit.SECONDS) || format.exitValue() != 0) {
        throw new IllegalStateException("formatting the broker's storage failed; see " + logDir);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while formatting the broker's storage", e);
    }
  }

  String bootstrapServers() {
    return "127.0.0.1:" + port;
  }

  /** Starts the broker on its port and log directory and waits until it answers. */
  synchronized void start() {
    incarnation++;
    process = ChildProcesses.java(jvm("kafka.Kafka", properties().toString()),
        logDir.resolve("kafka-" + incarnation + ".log"));
    awaitReady();
  }

  /** Stops the broker as an operator would (SIGTERM: a controlled shutdown) and starts it again. */
  synchronized void restart() {
    ChildProcesses.stop(process, 60);
    start();
  }

  private void awaitReady() {
    try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrapServers(),
        "request.timeout.ms", 3000, "default.api.timeout.ms", 3000))) {
      await("the broker, see " + logDir).atMost(READY_TIMEOUT).pollInterval(Duration.ofMillis(250)).until(() -> {
        if (!process.isAlive()) {
          throw new IllegalStateException("the broker exited with " + process.exitValue() + "; see " + logDir);
        }
        try {
          return !admin.describeCluster().nodes().get(3, TimeUnit.SECONDS).isEmpty();
        } catch (ExecutionException | TimeoutException notYet) {
          return false;
        }
      });
    }
  }

  private List<String> jvm(String mainClass, String... arguments) {
    List<String> command = new ArrayList<>(List.of("-Xmx512m", "-XX:+UseSerialGC",
        "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn", "-Dorg.slf4j.simpleLogger.showDateTime=true",
        "-cp", classpath, mainClass));
    command.addAll(List.of(arguments));
    return command;
  }

  private Path properties() {
    return dir.resolve("server.properties");
  }

  @Override
  public synchronized void close() {
    if (process != null) {
      ChildProcesses.stop(process, 30);
    }
  }
}
