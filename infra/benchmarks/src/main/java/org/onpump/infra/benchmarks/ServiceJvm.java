package org.onpump.infra.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One OnPump service as a child JVM from its runnable jar ({@code <servicesDir>/<name>.jar}), on a free port, with
 * its output in {@code <logDir>/<name>.log}; {@link #close()} stops it (gracefully, then by force).
 */
final class ServiceJvm implements AutoCloseable {

  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  private final String name;
  private final int port;
  private final Path log;
  private final Process process;
  private final long startedNanos;

  private ServiceJvm(String name, int port, Path log, Process process, long startedNanos) {
    this.name = name;
    this.port = port;
    this.log = log;
    this.process = process;
    this.startedNanos = startedNanos;
  }

  static ServiceJvm start(String name, Path servicesDir, Path logDir, List<String> jvmOptions,
      List<String> properties) {
    Path jar = servicesDir.resolve(name + ".jar");
    if (!Files.isRegularFile(jar)) {
      throw new IllegalStateException(jar.toAbsolutePath() + " is missing: build with "
          + "./mvnw -pl infra/benchmarks -am install -DskipTests");
    }
    int port = freePort();
    List<String> command = new ArrayList<>();
    command.add(ProcessHandle.current().info().command().orElse("java"));
    command.addAll(jvmOptions);
    command.addAll(List.of("-jar", jar.toString(), "--server.port=" + port));
    command.addAll(properties);
    try {
      Files.createDirectories(logDir);
      Path log = logDir.resolve(name + ".log");
      long started = System.nanoTime();
      Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
      return new ServiceJvm(name, port, log, process, started);
    } catch (IOException e) {
      throw new UncheckedIOException("could not start " + name, e);
    }
  }

  static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException("no free port", e);
    }
  }

  String baseUrl() {
    return "http://127.0.0.1:" + port;
  }

  Path log() {
    return log;
  }

  /** {@link System#nanoTime()} when the process was launched. */
  long startedNanos() {
    return startedNanos;
  }

  /** Waits for the readiness probe to answer UP; returns {@link System#nanoTime()} when it did. */
  long awaitReady(Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    HttpRequest probe = HttpRequest.newBuilder(URI.create(baseUrl() + "/actuator/health/readiness"))
        .timeout(Duration.ofSeconds(2)).build();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException(name + " exited with code " + process.exitValue() + "; see " + log);
      }
      try {
        if (HTTP.send(probe, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
          return System.nanoTime();
        }
      } catch (IOException e) {
        // not listening yet
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted waiting for " + name, e);
      }
      Pause.millis(100);
    }
    throw new IllegalStateException(name + " was not ready within " + timeout + "; see " + log);
  }

  boolean isAlive() {
    return process.isAlive();
  }

  /** Asks the service to shut down, without waiting: stop several at once, then {@link #close()} each. */
  void stop() {
    process.descendants().forEach(ProcessHandle::destroy);
    process.destroy();
  }

  /** Stops the service gracefully, by force if it is still running after 20 seconds. */
  @Override
  public void close() {
    stop();
    try {
      if (!process.waitFor(20, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }
}
