package org.onpump.notifier;

import java.time.Clock;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The notifier: tells perfusionists about their assignments through the channels they carry, pages them, and
 * escalates a page until someone acknowledges it.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class NotifierApplication {

  /** The clock of escalation timers and link expiry; tests put a clock of their own in its place. */
  @Bean
  Clock clock() {
    return Clock.systemUTC();
  }

  public static void main(String[] args) {
    SpringApplication.run(NotifierApplication.class, args);
  }
}
