package org.onpump.notifier;

import org.onpump.infra.servers.RealServersConfiguration;
import org.springframework.boot.SpringApplication;

/**
 * Runs the notifier on a laptop with nothing installed: a real PostgreSQL and Kafka broker (embedded, or in Docker
 * where it runs) and a GreenMail SMTP server, all started for it. Run it from the test sources in an IDE.
 */
public final class TestNotifierApplication {

  private TestNotifierApplication() {}

  public static void main(String[] args) {
    MailServer mail = MailServer.shared();
    System.setProperty("spring.mail.host", "127.0.0.1");
    System.setProperty("spring.mail.port", String.valueOf(mail.port()));
    SpringApplication.from(NotifierApplication::main).with(RealServersConfiguration.class).run(args);
  }
}
