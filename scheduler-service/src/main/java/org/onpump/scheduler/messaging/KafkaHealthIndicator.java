package org.onpump.scheduler.messaging;

import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.clients.admin.DescribeClusterResult;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.stereotype.Component;

/** The {@code kafka} health check: UP when the broker describes its cluster within a short timeout. */
@Component
class KafkaHealthIndicator extends AbstractHealthIndicator implements DisposableBean {

  private final KafkaAdmin kafkaAdmin;
  private final MessagingProperties properties;
  private Admin admin;

  KafkaHealthIndicator(KafkaAdmin kafkaAdmin, MessagingProperties properties) {
    super("Kafka broker not reachable");
    this.kafkaAdmin = kafkaAdmin;
    this.properties = properties;
  }

  @Override
  protected void doHealthCheck(Health.Builder builder) throws Exception {
    long timeout = properties.healthTimeout().toMillis();
    DescribeClusterResult cluster = admin().describeCluster(new DescribeClusterOptions().timeoutMs((int) timeout));
    String clusterId = cluster.clusterId().get(timeout, TimeUnit.MILLISECONDS);
    int brokers = cluster.nodes().get(timeout, TimeUnit.MILLISECONDS).size();
    builder.up().withDetail("clusterId", clusterId).withDetail("brokers", brokers);
  }

  private synchronized Admin admin() {
    if (admin == null) {
      admin = Admin.create(kafkaAdmin.getConfigurationProperties());
    }
    return admin;
  }

  @Override
  public synchronized void destroy() {
    if (admin != null) {
      admin.close();
    }
  }
}
