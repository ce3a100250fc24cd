package org.onpump.infra.faults;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Starts the child JVMs of a run (broker, services) with their output in a log file, and stops whatever is still
 * running if the test JVM exits without closing them, so that no process outlives the test.
 */
final class ChildProcesses {

  private static final Set<Process> RUNNING = ConcurrentHashMap.newKeySet();

  static {
    Runtime.getRuntime().addShutdownHook(new Thread(() -> RUNNING.forEach(Process::destroyForcibly),
        "fault-test-children"));
  }

  private ChildProcesses() {}

  /** Runs {@code java <jvmArguments>} with this JVM's own java executable, output to {@code log}. */
  static Process java(List<String> jvmArguments, Path log) {
    List<String> command = new ArrayList<>();
    command.add(ProcessHandle.current().info().command().orElse("java"));
    command.addAll(jvmArguments);
    try {
      Files.createDirectories(log.getParent());
      Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
      RUNNING.add(process);
      process.onExit().thenRun(() -> RUNNING.remove(process));
      return process;
    } catch (IOException e) {
      throw new UncheckedIOException("could not start " + command, e);
    }
  }

  /** SIGKILL on Linux and macOS: the process gets no chance to finish anything. */
  static void kill(Process process) {
    process.destroyForcibly();
    waitFor(process, 30);
  }

  /** SIGTERM, then SIGKILL if the process has not exited within the grace period. */
  static void stop(Process process, int graceSeconds) {
    process.destroy();
    if (!waitFor(process, graceSeconds)) {
      kill(process);
    }
  }

  private static boolean waitFor(Process process, int seconds) {
    try {
      return process.waitFor(seconds, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
      return false;
    }
  }
}
