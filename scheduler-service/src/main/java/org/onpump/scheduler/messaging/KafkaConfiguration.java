package org.onpump.scheduler.messaging;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.onpump.scheduler.eventlog.RecordSummary;
import org.onpump.scheduler.eventlog.RejectedEvents;
import org.onpump.shared.event.OnPumpEvent;
import org.onpump.shared.json.InvalidEventException;
import org.onpump.shared.kafka.EventDeserializer;
import org.onpump.shared.kafka.EventSerializer;
import org.onpump.shared.kafka.Topics;
import org.springframework.boot.kafka.autoconfigure.DefaultKafkaConsumerFactoryCustomizer;
import org.springframework.boot.kafka.autoconfigure.DefaultKafkaProducerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.KafkaException;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.listener.ConsumerRecordRecoverer;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.support.ExponentialBackOffWithMaxRetries;
import org.springframework.kafka.support.serializer.DelegatingByTypeSerializer;
import org.springframework.kafka.support.serializer.ErrorHandlingDeserializer;
import org.springframework.util.backoff.BackOff;
import org.springframework.util.backoff.ExponentialBackOff;

/**
 * Kafka the OnPump way: every topic created at start-up, events in their one JSON form, and every listener
 * backed by bounded retries and the dead-letter topic.
 */
@Configuration(proxyBeanMethods = false)
class KafkaConfiguration {

  @Bean
  KafkaAdmin.NewTopics onPumpTopics(MessagingProperties properties) {
    return new KafkaAdmin.NewTopics(Topics.all().stream()
        .map(name -> TopicBuilder.name(name)
            .partitions(Topics.PARTITIONS)
            .replicas(properties.replicationFactor())
            .build())
        .toArray(org.apache.kafka.clients.admin.NewTopic[]::new));
  }

  /**
   * Events are written by the shared serializer; raw bytes (outbox rows, dead letters that could not be read)
   * are written as they are.
   */
  @Bean
  @SuppressWarnings("unchecked")
  DefaultKafkaProducerFactoryCustomizer eventSerialization() {
    return factory -> {
      Map<Class<?>, Serializer<?>> byType = new LinkedHashMap<>();
      byType.put(byte[].class, new ByteArraySerializer());
      byType.put(OnPumpEvent.class, new EventSerializer());
      DefaultKafkaProducerFactory<String, Object> events = (DefaultKafkaProducerFactory<String, Object>) factory;
      events.setKeySerializer(new StringSerializer());
      events.setValueSerializer(new DelegatingByTypeSerializer(byType, true));
    };
  }

  /** A record that is not a valid event reaches the listener with a null value and the reason in a header. */
  @Bean
  @SuppressWarnings("unchecked")
  DefaultKafkaConsumerFactoryCustomizer eventDeserialization() {
    return factory -> {
      DefaultKafkaConsumerFactory<String, OnPumpEvent> events =
          (DefaultKafkaConsumerFactory<String, OnPumpEvent>) factory;
      events.setKeyDeserializerSupplier(StringDeserializer::new);
      events.setValueDeserializerSupplier(() -> new ErrorHandlingDeserializer<>(new EventDeserializer()));
    };
  }

  /**
   * A record that cannot be processed is stored for an operator (with the reason, {@link RejectedEvents}) and
   * parked on the dead-letter topic, with the reason in the {@code kafka_dlt-exception-*} headers and in
   * {@code onpump_dlt-reason}. An invalid event is parked at once: retrying cannot fix it. When PostgreSQL or the
   * broker is away, the record is retried until they are back, never parked: a valid event must not be lost to
   * an outage. Anything else is retried with bounded exponential back-off, then parked.
   */
  @Bean
  DefaultErrorHandler deadLetterErrorHandler(KafkaOperations<String, Object> kafka, MessagingProperties properties,
      RejectedEvents rejected) {
    DeadLetterPublishingRecoverer deadLetters = new DeadLetterPublishingRecoverer(kafka,
        (record, exception) -> new TopicPartition(Topics.DEAD_LETTER, -1));
    deadLetters.setHeadersFunction(DeadLetterReason::headers);
    ConsumerRecordRecoverer recoverer = (record, exception) -> {
      rejected.recordUnprocessable(record, RecordSummary.of(record), DeadLetterReason.kind(exception),
          DeadLetterReason.reason(record, exception));
      deadLetters.accept(record, exception);
    };
    DefaultErrorHandler handler = new DefaultErrorHandler(recoverer, boundedBackOff(properties));
    BackOff untilBack = outageBackOff(properties);
    handler.setBackOffFunction((record, exception) -> DeadLetterReason.isOutage(exception) ? untilBack : null);
    handler.addNotRetryableExceptions(InvalidEventException.class);
    // A parked record makes Spring Kafka re-seek the rest of the batch; that is routine, not an error.
    handler.setLogLevel(KafkaException.Level.WARN);
    return handler;
  }

  private static BackOff boundedBackOff(MessagingProperties properties) {
    ExponentialBackOffWithMaxRetries backOff = new ExponentialBackOffWithMaxRetries(properties.retryAttempts());
    backOff.setInitialInterval(properties.retryInterval().toMillis());
    backOff.setMultiplier(2);
    backOff.setMaxInterval(properties.maxRetryInterval().toMillis());
    return backOff;
  }

  private static BackOff outageBackOff(MessagingProperties properties) {
    ExponentialBackOff backOff = new ExponentialBackOff(properties.retryInterval().toMillis(), 2);
    backOff.setMaxInterval(properties.maxRetryInterval().toMillis());
    return backOff;
  }
}
