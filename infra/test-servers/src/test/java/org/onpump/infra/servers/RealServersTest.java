package org.onpump.infra.servers;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

class RealServersTest {

  @Test
  void postgresAnswersQueriesOnTheOnPumpDatabase() throws Exception {
    PostgresServer server = RealServers.postgres();
    try (Connection connection = DriverManager.getConnection(server.jdbcUrl(), server.username(), server.password());
        ResultSet result = connection.createStatement().executeQuery("SELECT current_database(), version()")) {
      assertThat(result.next()).isTrue();
      assertThat(result.getString(1)).isEqualTo("onpump");
      assertThat(result.getString(2)).startsWith("PostgreSQL");
    }
  }

  @Test
  void theBrokerDeliversWhatIsProducedToIt() throws Exception {
    String bootstrap = RealServers.kafka().bootstrapServers();
    String topic = "smoke-" + UUID.randomUUID();
    try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap))) {
      admin.createTopics(List.of(new NewTopic(topic, 1, (short) 1))).all().get();
    }
    try (var producer = new KafkaProducer<>(Map.<String, Object>of("bootstrap.servers", bootstrap),
        new StringSerializer(), new StringSerializer())) {
      producer.send(new ProducerRecord<>(topic, "dept", "hello")).get();
    }
    try (var consumer = new KafkaConsumer<>(Map.<String, Object>of("bootstrap.servers", bootstrap,
        "group.id", "smoke", "auto.offset.reset", "earliest"), new StringDeserializer(), new StringDeserializer())) {
      consumer.subscribe(List.of(topic));
      ConsumerRecords<String, String> records = ConsumerRecords.empty();
      for (int i = 0; i < 20 && records.isEmpty(); i++) {
        records = consumer.poll(Duration.ofMillis(500));
      }
      assertThat(records).extracting(r -> r.value()).containsExactly("hello");
    }
  }
}
