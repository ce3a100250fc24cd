package org.onpump.infra.benchmarks;

import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * The broker's own latency, beside the services: small records (64 bytes, the send time inside) produced at a
 * steady rate to a scratch topic and read back by a plain consumer of this JVM; a sample is the time from the
 * producer's send to the consumer's poll returning it. The producer is configured as the scheduler's (acks all,
 * no linger), the consumer with the client defaults, as the services' listeners are.
 */
final class RawKafkaProbe implements AutoCloseable {

  static final String TOPIC = "onpump-bench.raw-latency";
  private static final int RECORD_BYTES = 64;

  private final KafkaProducer<String, byte[]> producer;
  private final KafkaConsumer<String, byte[]> consumer;
  private final ScheduledExecutorService sender = Executors.newSingleThreadScheduledExecutor(
      runnable -> daemon(runnable, "raw-kafka-producer"));
  private final Thread reader;
  private final ConcurrentLinkedQueue<Long> samples = new ConcurrentLinkedQueue<>();
  private volatile long measureFrom = Long.MAX_VALUE;
  private volatile long measureTo = Long.MAX_VALUE;
  private volatile boolean running = true;

  RawKafkaProbe(String bootstrapServers, double recordsPerSecond) {
    producer = new KafkaProducer<>(Map.of("bootstrap.servers", bootstrapServers, "acks", "all", "linger.ms", 0),
        new StringSerializer(), new ByteArraySerializer());
    consumer = new KafkaConsumer<>(Map.of("bootstrap.servers", bootstrapServers), new StringDeserializer(),
        new ByteArrayDeserializer());
    List<TopicPartition> partitions = consumer.partitionsFor(TOPIC).stream()
        .map(p -> new TopicPartition(TOPIC, p.partition())).toList();
    consumer.assign(partitions);
    consumer.seekToEnd(partitions);
    partitions.forEach(consumer::position);
    reader = daemon(this::read, "raw-kafka-consumer");
    reader.start();
    long period = Math.round(1_000_000_000L / recordsPerSecond);
    sender.scheduleAtFixedRate(this::send, 0, period, TimeUnit.NANOSECONDS);
  }

  private static Thread daemon(Runnable runnable, String name) {
    Thread thread = new Thread(runnable, name);
    thread.setDaemon(true);
    return thread;
  }

  private void send() {
    long sent = System.nanoTime();
    byte[] value = ByteBuffer.allocate(RECORD_BYTES).putLong(sent).array();
    producer.send(new ProducerRecord<>(TOPIC, "probe", value));
  }

  private void read() {
    try {
      while (running) {
        var records = consumer.poll(Duration.ofMillis(100));
        long now = System.nanoTime();
        for (ConsumerRecord<String, byte[]> record : records) {
          long sent = ByteBuffer.wrap(record.value()).getLong();
          if (sent >= measureFrom && sent < measureTo) {
            samples.add(now - sent);
          }
        }
      }
    } catch (WakeupException e) {
      // closing
    } finally {
      consumer.close(Duration.ofSeconds(2));
    }
  }

  /** Records sent from now on are samples. */
  void startMeasuring() {
    measureFrom = System.nanoTime();
  }

  /** Records sent from now on are not. */
  void stopMeasuring() {
    measureTo = System.nanoTime();
  }

  /** The samples so far, in nanoseconds. */
  List<Long> samples() {
    return List.copyOf(samples);
  }

  @Override
  public void close() {
    sender.shutdownNow();
    producer.close(Duration.ofSeconds(2));
    running = false;
    consumer.wakeup();
    try {
      reader.join(5000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
