package org.onpump.infra.localstack;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.onpump.shared.event.OnPumpEvent;
import org.onpump.shared.json.EventCodec;

/** Records every record's value published to a topic, from its beginning, as text, on a thread of its own. */
final class TopicRecorder implements AutoCloseable {

  private final List<String> values = new CopyOnWriteArrayList<>();
  private final Thread poller;
  private volatile boolean running = true;

  TopicRecorder(String bootstrapServers, String topic) {
    Map<String, Object> config = Map.of(
        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
        ConsumerConfig.GROUP_ID_CONFIG, "e2e-recorder-" + UUID.randomUUID(),
        ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    poller = new Thread(() -> {
      try (var consumer = new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
        consumer.subscribe(List.of(topic));
        while (running) {
          consumer.poll(Duration.ofMillis(200)).forEach(record -> values.add(record.value()));
        }
      }
    }, "record-" + topic);
    poller.start();
  }

  List<String> values() {
    return List.copyOf(values);
  }

  /** The values that are valid events, read with the contract's codec. */
  List<OnPumpEvent> events() {
    return values.stream().map(EventCodec::read).toList();
  }

  @Override
  public void close() throws InterruptedException {
    running = false;
    poller.join(5_000);
  }
}
