package org.onpump.notifier.messaging;

import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.clients.admin.DescribeClusterResult;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.stereotype.Component;

/** Health {@code kafka}: UP when the broker describes its cluster within the health timeout. Part of readiness. */
@Component
class KafkaHealthIndicator extends AbstractHealthIndicator implements DisposableBean {

  private final Admin admin;
  private final long timeoutMillis;

  KafkaHealthIndicator(KafkaAdmin kafkaAdmin, MessagingProperties properties) {
    super("Kafka health check failed");
    this.admin = Admin.create(kafkaAdmin.getConfigurationProperties());
    this.timeoutMillis = properties.healthTimeout().toMillis();
  }

  @Override
  protected void doHealthCheck(Health.Builder builder) throws Exception {
    DescribeClusterResult cluster = admin.describeCluster(new DescribeClusterOptions().timeoutMs((int) timeoutMillis));
    String clusterId = cluster.clusterId().get(timeoutMillis, TimeUnit.MILLISECONDS);
    int brokers = cluster.nodes().get(timeoutMillis, TimeUnit.MILLISECONDS).size();
    builder.up().withDetail("clusterId", clusterId).withDetail("brokers", brokers);
  }

  @Override
  public void destroy() {
    admin.close();
  }
}
