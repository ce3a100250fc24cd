package org.onpump.infra.servers;

import java.util.List;
import org.onpump.infra.identity.TestIdentity;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.kafka.autoconfigure.KafkaConnectionDetails;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.test.context.DynamicPropertyRegistrar;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * Points a Spring Boot test at the real servers of {@link RealServers}: {@code @ServiceConnection} containers where
 * Docker runs, connection details of the embedded servers otherwise. Import it into a {@code @SpringBootTest}.
 */
@Configuration(proxyBeanMethods = false)
public class RealServersConfiguration {

  // destroyMethod "": the containers belong to the JVM, not to one test context that may close before another.
  @Bean(destroyMethod = "")
  @ServiceConnection
  @Conditional(DockerAvailable.class)
  PostgreSQLContainer postgresContainer() {
    return DockerServers.postgresContainer();
  }

  @Bean(destroyMethod = "")
  @ServiceConnection
  @Conditional(DockerAvailable.class)
  KafkaContainer kafkaContainer() {
    return DockerServers.kafkaContainer();
  }

  @Bean
  @Conditional(DockerMissing.class)
  JdbcConnectionDetails embeddedPostgres() {
    PostgresServer server = RealServers.postgres();
    return new JdbcConnectionDetails() {
      @Override
      public String getUsername() {
        return server.username();
      }

      @Override
      public String getPassword() {
        return server.password();
      }

      @Override
      public String getJdbcUrl() {
        return server.jdbcUrl();
      }
    };
  }

  @Bean
  @Conditional(DockerMissing.class)
  KafkaConnectionDetails embeddedKafka() {
    List<String> bootstrapServers = List.of(RealServers.kafka().bootstrapServers().split(","));
    return () -> bootstrapServers;
  }

  /** Tokens are checked against the test JVM's own identity provider ({@link TestIdentity}). */
  @Bean
  DynamicPropertyRegistrar identityProvider() {
    return registry -> registry.add("onpump.security.jwk-set-uri", () -> TestIdentity.provider().jwkSetUri());
  }

  static final class DockerAvailable implements Condition {
    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
      return RealServers.useDocker();
    }
  }

  static final class DockerMissing implements Condition {
    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
      return !RealServers.useDocker();
    }
  }
}
