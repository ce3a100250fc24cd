package org.onpump.infra.faults;

import static org.awaitility.Awaitility.await;

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

/**
 * One OnPump service as a child JVM from its runnable jar, on a fixed port, that can be killed hard and started
 * again with the same settings. Each start writes a log of its own: {@code <name>-<n>.log}.
 */
final class Service implements AutoCloseable {

  private static final Duration READY_TIMEOUT = Duration.ofSeconds(180);
  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  private final String name;
  private final Path jar;
  private final Path logDir;
  private final List<String> jvmOptions;
  private final List<String> properties;
  private final int port;
  private Process process;
  private int incarnation;

  Service(String name, Path servicesDir, Path logDir, List<String> jvmOptions, List<String> properties) {
    this.name = name;
    this.jar = servicesDir.resolve(name + ".jar");
    this.logDir = logDir;
    this.jvmOptions = List.copyOf(jvmOptions);
    this.properties = List.copyOf(properties);
    this.port = Ports.free();
    if (!Files.isRegularFile(jar)) {
      throw new IllegalStateException(jar.toAbsolutePath() + " is missing: build the services first");
    }
  }

  /** Starts a new incarnation of the service; {@link #awaitReady()} waits for it. */
  synchronized void start() {
    incarnation++;
    List<String> command = new ArrayList<>(jvmOptions);
    command.addAll(List.of("-jar", jar.toString(), "--server.port=" + port));
    command.addAll(properties);
    process = ChildProcesses.java(command, log());
  }

  /** kill -9: the service stops wherever it is, mid-transaction or mid-send, and is started again. */
  synchronized void killAndRestart() {
    killAndRestart(() -> {});
  }

  /** As {@link #killAndRestart()}, running {@code whileDown} once the killed process has exited. */
  synchronized void killAndRestart(Runnable whileDown) {
    ChildProcesses.kill(process);
    whileDown.run();
    start();
  }

  /** Waits until the readiness probe answers UP: database, Kafka and the service itself ready. */
  void awaitReady() {
    HttpRequest probe = HttpRequest.newBuilder(URI.create(baseUrl() + "/actuator/health/readiness"))
        .timeout(Duration.ofSeconds(2)).build();
    await("readiness of " + name + ", see " + log()).atMost(READY_TIMEOUT).pollInterval(Duration.ofMillis(250))
        .until(() -> {
          if (!process.isAlive()) {
            throw new IllegalStateException(name + " exited with " + process.exitValue() + "; see " + log());
          }
          try {
            return HTTP.send(probe, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
          } catch (IOException notListeningYet) {
            return false;
          }
        });
  }

  String baseUrl() {
    return "http://127.0.0.1:" + port;
  }

  synchronized Path log() {
    return logDir.resolve(name + "-" + incarnation + ".log");
  }

  synchronized int incarnations() {
    return incarnation;
  }

  /** A graceful stop at the end of a run. */
  @Override
  public synchronized void close() {
    if (process != null) {
      ChildProcesses.stop(process, 20);
    }
  }
}
