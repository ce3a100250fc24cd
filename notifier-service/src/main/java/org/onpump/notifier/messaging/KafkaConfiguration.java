package org.onpump.notifier.messaging;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.onpump.shared.event.OnPumpEvent;
import org.onpump.shared.json.InvalidEventException;
import org.onpump.shared.kafka.EventDeserializer;
import org.onpump.shared.kafka.EventSerializer;
import org.onpump.shared.kafka.Topics;
import org.springframework.boot.kafka.autoconfigure.DefaultKafkaConsumerFactoryCustomizer;
import org.springframework.boot.kafka.autoconfigure.DefaultKafkaProducerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.support.ExponentialBackOffWithMaxRetries;
import org.springframework.kafka.support.serializer.DelegatingByTypeSerializer;
import org.springframework.kafka.support.serializer.ErrorHandlingDeserializer;

/**
 * Kafka as every notifier listener uses it: the OnPump topics created at start-up, events read through an
 * {@link ErrorHandlingDeserializer}, and records that cannot be processed parked on {@link Topics#DEAD_LETTER}
 * with the reason in the {@value #REASON_HEADER} header (besides Spring's {@code kafka_dlt-*} headers), after a
 * bounded number of retries (none for an invalid event: retrying cannot make it valid).
 */
@Configuration(proxyBeanMethods = false)
class KafkaConfiguration {

  /** Why a record was parked, in words: the event's field violations, or the root cause of the failure. */
  static final String REASON_HEADER = "onpump_dlt-reason";

  @Bean
  KafkaAdmin.NewTopics onPumpTopics(MessagingProperties properties) {
    return new KafkaAdmin.NewTopics(Topics.all().stream()
        .map(name -> TopicBuilder.name(name)
            .partitions(Topics.PARTITIONS)
            .replicas(properties.replicationFactor())
            .build())
        .toArray(NewTopic[]::new));
  }

  /** Keys are department ids; values are events, or the raw bytes and the reason when they are not. */
  @Bean
  DefaultKafkaConsumerFactoryCustomizer eventDeserializers() {
    return factory -> {
      @SuppressWarnings("unchecked")
      DefaultKafkaConsumerFactory<String, OnPumpEvent> events =
          (DefaultKafkaConsumerFactory<String, OnPumpEvent>) factory;
      events.setKeyDeserializer(new StringDeserializer());
      events.setValueDeserializer(new ErrorHandlingDeserializer<>(new EventDeserializer()));
    };
  }

  /**
   * The notifier produces only to the dead-letter topic: the raw bytes of a record that could not be read, or the
   * event of a record that could not be processed.
   */
  @Bean
  DefaultKafkaProducerFactoryCustomizer deadLetterSerializers() {
    return factory -> {
      @SuppressWarnings("unchecked")
      DefaultKafkaProducerFactory<Object, Object> deadLetters = (DefaultKafkaProducerFactory<Object, Object>) factory;
      deadLetters.setValueSerializer(new DelegatingByTypeSerializer(
          Map.of(byte[].class, new ByteArraySerializer(), OnPumpEvent.class, new EventSerializer()), true));
    };
  }

  @Bean
  DefaultErrorHandler deadLetterErrorHandler(KafkaOperations<?, ?> deadLetterTemplate,
      MessagingProperties properties) {
    DeadLetterPublishingRecoverer recoverer = new DeadLetterPublishingRecoverer(deadLetterTemplate,
        (record, exception) -> new TopicPartition(Topics.DEAD_LETTER, -1));
    recoverer.addHeadersFunction((record, exception) -> new RecordHeaders(new Header[] {
        new RecordHeader(REASON_HEADER, reason(exception).getBytes(StandardCharsets.UTF_8))}));
    ExponentialBackOffWithMaxRetries backOff = new ExponentialBackOffWithMaxRetries(properties.retryAttempts());
    backOff.setInitialInterval(properties.retryInterval().toMillis());
    backOff.setMultiplier(2);
    backOff.setMaxInterval(properties.maxRetryInterval().toMillis());
    DefaultErrorHandler handler = new DefaultErrorHandler(recoverer, backOff);
    handler.addNotRetryableExceptions(InvalidEventException.class);
    return handler;
  }

  /** Spring's own message header says only "failed to deserialize" for an unreadable record; this says why. */
  static String reason(Throwable failure) {
    Throwable root = failure;
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof InvalidEventException invalid) {
        return invalid.getMessage();
      }
      root = cause;
    }
    return root.getClass().getSimpleName() + ": " + root.getMessage();
  }
}
