package org.onpump.scheduler;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The scheduler: takes case events from hospitals and keeps each department's pump assignments solved. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class SchedulerApplication {

  public static void main(String[] args) {
    SpringApplication.run(SchedulerApplication.class, args);
  }

  /**
   * The time the planning window and the events are measured against: the system's, or the instant
   * {@code onpump.clock.fixed} names (a test that must plan the same window in every run).
   */
  @Bean
  Clock clock(@Value("${onpump.clock.fixed:}") String fixed) {
    return fixed.isBlank() ? Clock.systemUTC() : Clock.fixed(Instant.parse(fixed), ZoneOffset.UTC);
  }
}
