package org.onpump.infra.servers;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/**
 * Real servers without Docker: PostgreSQL from embedded binaries (a child process) and a KRaft Kafka broker in
 * this JVM. {@link #close()} stops both. PostgreSQL listens on the given port (0: any free port); the broker always
 * on a free port, because the KRaft test kit behind it cannot be given one (spring-kafka issue 2916).
 */
public final class EmbeddedServers implements RealServers.Servers, AutoCloseable {

  /** The database every OnPump service uses; each service keeps its tables in a schema of its own. */
  public static final String DATABASE = "onpump";

  private final EmbeddedPostgres postgres;
  private final EmbeddedKafkaKraftBroker kafka;
  private final PostgresServer postgresServer;

  public EmbeddedServers(int postgresPort) {
    this.postgres = startPostgres(postgresPort);
    this.postgresServer = new PostgresServer(postgres.getJdbcUrl("postgres", DATABASE), "postgres", "postgres");
    this.kafka = new EmbeddedKafkaKraftBroker(1, 1);
    kafka.brokerProperty("auto.create.topics.enable", "false");
    kafka.brokerProperty("group.initial.rebalance.delay.ms", "0");
    kafka.afterPropertiesSet();
  }

  private static EmbeddedPostgres startPostgres(int port) {
    try {
      EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
      if (port > 0) {
        builder.setPort(port);
      }
      EmbeddedPostgres started = builder.start();
      try (Connection connection = started.getPostgresDatabase().getConnection()) {
        connection.createStatement().execute("CREATE DATABASE " + DATABASE);
      }
      return started;
    } catch (IOException e) {
      throw new UncheckedIOException("could not start embedded PostgreSQL", e);
    } catch (SQLException e) {
      throw new IllegalStateException("could not create the " + DATABASE + " database", e);
    }
  }

  @Override
  public PostgresServer postgres() {
    return postgresServer;
  }

  @Override
  public KafkaServer kafka() {
    return new KafkaServer(kafka.getBrokersAsString());
  }

  @Override
  public String describe() {
    return "embedded PostgreSQL at " + postgresServer.jdbcUrl() + ", KRaft broker at " + kafka.getBrokersAsString();
  }

  @Override
  public synchronized void close() {
    try {
      kafka.destroy();
    } catch (RuntimeException e) {
      // already stopped
    }
    try {
      postgres.close();
    } catch (IOException | RuntimeException e) {
      // already stopped
    }
  }
}
