package org.onpump.infra.servers;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.junit.jupiter.api.Test;

class EmbeddedServersTest {

  @Test
  void postgresListensOnTheFixedPortAndTheBrokerWhereItSays() throws Exception {
    int postgresPort = freePort();

    try (EmbeddedServers servers = new EmbeddedServers(postgresPort)) {
      assertThat(servers.postgres().jdbcUrl()).contains(":" + postgresPort + "/onpump");
      try (Connection connection = DriverManager.getConnection(
          "jdbc:postgresql://localhost:" + postgresPort + "/onpump", "postgres", "postgres")) {
        assertThat(connection.isValid(2)).isTrue();
      }
      try (Admin admin = Admin.create(Map.of("bootstrap.servers", servers.kafka().bootstrapServers()))) {
        assertThat(admin.describeCluster().nodes().get(10, TimeUnit.SECONDS)).hasSize(1);
      }
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
