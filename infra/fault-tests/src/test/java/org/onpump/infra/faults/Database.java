package org.onpump.infra.faults;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;

/**
 * A real PostgreSQL (embedded binaries, a child process) on a fixed port with its data directory kept between
 * starts, so that a restart is a real one: the server goes away, every connection breaks, and it comes back with
 * what it had committed.
 */
final class Database implements AutoCloseable {

  static final String NAME = "onpump";
  static final String USER = "postgres";

  private final Path dataDir;
  private final Path log;
  private final int port;
  private EmbeddedPostgres server;

  Database(Path dataDir, Path log) {
    this.dataDir = dataDir;
    this.log = log;
    this.port = Ports.free();
  }

  /** Starts the server (initialising the data directory the first time) and creates the database once. */
  synchronized void start() {
    try {
      server = EmbeddedPostgres.builder()
          .setPort(port)
          .setDataDirectory(dataDir)
          .setCleanDataDirectory(false)
          .setPGStartupWait(Duration.ofSeconds(60))
          .setOutputRedirector(ProcessBuilder.Redirect.appendTo(log.toFile()))
          .setErrorRedirector(ProcessBuilder.Redirect.appendTo(log.toFile()))
          .start();
    } catch (IOException e) {
      throw new UncheckedIOException("could not start PostgreSQL in " + dataDir, e);
    }
    try (Connection connection = server.getPostgresDatabase().getConnection()) {
      boolean exists = connection.createStatement()
          .executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + NAME + "'").next();
      if (!exists) {
        connection.createStatement().execute("CREATE DATABASE " + NAME);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("could not create the " + NAME + " database", e);
    }
  }

  /** Stops the server (fast shutdown: open transactions are rolled back) and starts it again. */
  synchronized void restart() {
    stop();
    start();
  }

  String jdbcUrl() {
    return "jdbc:postgresql://127.0.0.1:" + port + "/" + NAME;
  }

  Connection connect() throws SQLException {
    return DriverManager.getConnection(jdbcUrl(), USER, "postgres");
  }

  private void stop() {
    try {
      server.close();
    } catch (IOException e) {
      throw new UncheckedIOException("could not stop PostgreSQL", e);
    }
  }

  @Override
  public synchronized void close() {
    if (server != null) {
      stop();
    }
  }
}
