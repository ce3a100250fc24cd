package org.onpump.infra.benchmarks;

import java.lang.management.ManagementFactory;

/** Progress lines of the pipeline benchmarks on stderr, with the seconds since this JVM started. */
final class Progress {

  private Progress() {
  }

  static void say(String benchmark, String message) {
    System.err.printf("[%s %6.1f s] %s%n", benchmark, ManagementFactory.getRuntimeMXBean().getUptime() / 1000.0,
        message);
  }
}
