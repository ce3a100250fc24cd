package org.onpump.infra.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Collections;
import java.util.Properties;
import liquibase.integration.spring.SpringLiquibase;
import org.onpump.infra.servers.PostgresServer;
import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.core.io.UrlResource;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * Creates the scheduler's schema before the scheduler first starts, so that departments can be seeded and events
 * queued before it runs: the scheduler's own changelog, run by the same {@link SpringLiquibase} Spring Boot runs,
 * with the {@code spring.liquibase.*} settings read from the scheduler's own {@code application.yml}. When the
 * scheduler starts it finds every changeset applied.
 */
final class SchedulerSchema {

  private static final String SERVICE = "scheduler-service";

  /** Liquibase logs each changeset through java.util.logging; held here so the level sticks. */
  private static final java.util.logging.Logger LIQUIBASE_LOG = java.util.logging.Logger.getLogger("liquibase");

  private SchedulerSchema() {
  }

  static void migrate(PostgresServer db) {
    LIQUIBASE_LOG.setLevel(java.util.logging.Level.WARNING);
    Properties settings = schedulerSettings();
    SpringLiquibase liquibase = new SpringLiquibase();
    try {
      liquibase.setDataSource(new SimpleDriverDataSource(new org.postgresql.Driver(), db.jdbcUrl(), db.username(),
          db.password()));
      liquibase.setResourceLoader(new DefaultResourceLoader(SchedulerSchema.class.getClassLoader()));
      liquibase.setChangeLog(required(settings, "spring.liquibase.change-log"));
      liquibase.setDefaultSchema(required(settings, "spring.liquibase.default-schema"));
      liquibase.setLiquibaseSchema(settings.getProperty("spring.liquibase.liquibase-schema"));
      liquibase.setDatabaseChangeLogTable(required(settings, "spring.liquibase.database-change-log-table"));
      liquibase.setDatabaseChangeLogLockTable(required(settings, "spring.liquibase.database-change-log-lock-table"));
      liquibase.setAnalyticsEnabled(false);
      liquibase.afterPropertiesSet();
    } catch (Exception e) {
      throw new IllegalStateException("could not create the scheduler's schema: " + e.getMessage(), e);
    }
  }

  /** The scheduler's application.yml from its jar on the classpath (the one naming the scheduler). */
  private static Properties schedulerSettings() {
    try {
      for (URL url : Collections.list(SchedulerSchema.class.getClassLoader().getResources("application.yml"))) {
        YamlPropertiesFactoryBean yaml = new YamlPropertiesFactoryBean();
        yaml.setResources(new UrlResource(url));
        Properties properties = yaml.getObject();
        if (properties != null && SERVICE.equals(properties.getProperty("spring.application.name"))) {
          return properties;
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("could not read the scheduler's application.yml", e);
    }
    throw new IllegalStateException("the scheduler's application.yml is not on the classpath");
  }

  private static String required(Properties settings, String name) {
    String value = settings.getProperty(name);
    if (value == null || value.isBlank()) {
      throw new IllegalStateException("the scheduler's application.yml has no " + name);
    }
    return value;
  }
}
