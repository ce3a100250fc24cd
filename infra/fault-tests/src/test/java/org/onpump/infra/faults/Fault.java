package org.onpump.infra.faults;

import java.time.Duration;
import java.util.function.Consumer;

/**
 * A fault injected into a run once {@code at} of the stream has been sent: what is done, and (after it is done)
 * where in the stream it landed and how long the system took to be ready again.
 */
record Fault(String name, double at, Consumer<OnPumpRun> action) {

  static Fault schedulerKilled(double at) {
    return new Fault("scheduler killed (SIGKILL) and restarted", at, run -> run.scheduler.killAndRestart());
  }

  static Fault notifierKilled(double at) {
    return new Fault("notifier killed (SIGKILL) and restarted", at, OnPumpRun::killAndRestartNotifier);
  }

  static Fault brokerRestarted(double at) {
    return new Fault("Kafka broker restarted", at, run -> run.broker.restart());
  }

  static Fault databaseRestarted(double at) {
    return new Fault("PostgreSQL restarted", at, run -> run.database.restart());
  }

  /** A fault as it happened: records sent when it struck and when both services were ready again. */
  record Landed(String name, int sentWhenInjected, int sentWhenRecovered, Duration recovery) {

    @Override
    public String toString() {
      return name + " after record " + sentWhenInjected + ", ready again after " + recovery.toMillis() / 1000.0
          + " s (record " + sentWhenRecovered + ")";
    }
  }
}
