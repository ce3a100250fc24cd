package org.onpump.infra.servers;

import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.postgresql.PostgreSQLContainer;

/** Real servers in Docker containers, for machines with a Docker engine. Testcontainers removes them at exit. */
final class DockerServers implements RealServers.Servers {

  static final String POSTGRES_IMAGE = "postgres:17-alpine";
  static final String KAFKA_IMAGE = "apache/kafka-native:4.1.1";

  private static PostgreSQLContainer postgres;
  private static KafkaContainer kafka;

  @Override
  public PostgresServer postgres() {
    PostgreSQLContainer container = postgresContainer();
    return new PostgresServer(container.getJdbcUrl(), container.getUsername(), container.getPassword());
  }

  @Override
  public KafkaServer kafka() {
    return new KafkaServer(kafkaContainer().getBootstrapServers());
  }

  @Override
  public String describe() {
    return "Docker containers " + POSTGRES_IMAGE + " and " + KAFKA_IMAGE;
  }

  /** The shared PostgreSQL container, started on first use. */
  static synchronized PostgreSQLContainer postgresContainer() {
    if (postgres == null) {
      postgres = new PostgreSQLContainer(POSTGRES_IMAGE).withDatabaseName(EmbeddedServers.DATABASE);
      postgres.start();
    }
    return postgres;
  }

  /** The shared Kafka container, started on first use. */
  static synchronized KafkaContainer kafkaContainer() {
    if (kafka == null) {
      kafka = new KafkaContainer(KAFKA_IMAGE);
      kafka.start();
    }
    return kafka;
  }
}
