package org.onpump.infra.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** One OnPump service running as a child JVM from its runnable jar, with its output in a log file. */
final class ServiceProcess implements AutoCloseable {

  private final String name;
  private final int port;
  private final Path log;
  private final Process process;

  private ServiceProcess(String name, int port, Path log, Process process) {
    this.name = name;
    this.port = port;
    this.log = log;
    this.process = process;
  }

  /** Starts {@code <servicesDir>/<name>.jar} with the given Spring properties as {@code --key=value} arguments. */
  static ServiceProcess start(String name, int requestedPort, Path servicesDir, Path logDir,
      List<String> properties) {
    int port = FreePorts.orAnyFree(requestedPort);
    Path jar = servicesDir.resolve(name + ".jar");
    if (!Files.isRegularFile(jar)) {
      throw new IllegalStateException(jar.toAbsolutePath() + " is missing: build first with ./mvnw -DskipTests install");
    }
    List<String> command = new ArrayList<>(List.of(javaExecutable(), "-Xmx512m", "-XX:+UseSerialGC",
        "-XX:TieredStopAtLevel=1", "-jar", jar.toString(), "--server.port=" + port));
    command.addAll(properties);
    try {
      Files.createDirectories(logDir);
      Path log = logDir.resolve(name + ".log");
      Process process = new ProcessBuilder(command).redirectErrorStream(true)
          .redirectOutput(log.toFile()).start();
      return new ServiceProcess(name, port, log, process);
    } catch (IOException e) {
      throw new UncheckedIOException("could not start " + name, e);
    }
  }

  private static String javaExecutable() {
    return ProcessHandle.current().info().command().orElse("java");
  }

  String baseUrl() {
    return "http://localhost:" + port;
  }

  Path log() {
    return log;
  }

  /** Waits until the service's readiness probe answers UP, or fails pointing at its log. */
  void awaitReady(Duration timeout) {
    try {
      Readiness.await(baseUrl(), timeout, () -> {
        if (!process.isAlive()) {
          throw new IllegalStateException(name + " exited with code " + process.exitValue());
        }
      });
    } catch (IllegalStateException e) {
      throw new IllegalStateException(e.getMessage() + "; see " + log, e);
    }
  }

  /** Asks the service to shut down gracefully, then kills it if it is still there after 15 seconds. */
  @Override
  public void close() {
    process.descendants().forEach(ProcessHandle::destroy);
    process.destroy();
    try {
      if (!process.waitFor(15, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }
}
