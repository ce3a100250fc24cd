package org.onpump.infra.servers;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;

class EmbeddedServersTest {

  @Test
  void fixedPortsAreTheOnesTheServersListenOn() throws IOException {
    int postgresPort = freePort();
    int kafkaPort = freePort();

    try (EmbeddedServers servers = new EmbeddedServers(postgresPort, kafkaPort)) {
      assertThat(servers.postgres().jdbcUrl()).contains(":" + postgresPort + "/onpump");
      assertThat(servers.kafka().bootstrapServers()).endsWith(":" + kafkaPort);
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
