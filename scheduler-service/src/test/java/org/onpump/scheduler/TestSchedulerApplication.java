package org.onpump.scheduler;

import org.onpump.infra.servers.RealServersConfiguration;
import org.springframework.boot.SpringApplication;

/** Runs the scheduler on a laptop against real servers started for it (embedded, or containers where Docker runs). */
public final class TestSchedulerApplication {

  private TestSchedulerApplication() {}

  public static void main(String[] args) {
    SpringApplication.from(SchedulerApplication::main).with(RealServersConfiguration.class).run(args);
  }
}
