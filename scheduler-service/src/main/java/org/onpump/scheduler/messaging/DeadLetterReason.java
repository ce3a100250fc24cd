package org.onpump.scheduler.messaging;

import java.nio.charset.StandardCharsets;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.onpump.shared.json.InvalidEventException;
import org.springframework.core.log.LogAccessor;
import org.springframework.kafka.support.serializer.DeserializationException;
import org.springframework.kafka.support.serializer.SerializationUtils;

/**
 * Adds the {@value #HEADER} header to a dead letter: the contract's own words for what is wrong ("eventId: ... is
 * not a valid UUID"), where Spring's {@code kafka_dlt-exception-message} only says "failed to deserialize".
 */
final class DeadLetterReason {

  static final String HEADER = "onpump_dlt-reason";
  private static final LogAccessor LOG = new LogAccessor(DeadLetterReason.class);

  private DeadLetterReason() {}

  static Headers headers(ConsumerRecord<?, ?> record, Exception exception) {
    String reason = reason(exception);
    if (reason == null) {
      DeserializationException failure = SerializationUtils.getExceptionFromHeader(record,
          SerializationUtils.VALUE_DESERIALIZER_EXCEPTION_HEADER, LOG);
      reason = failure == null ? null : reason(failure);
    }
    if (reason == null) {
      Throwable root = exception;
      while (root.getCause() != null && root.getCause() != root) {
        root = root.getCause();
      }
      reason = String.valueOf(root.getMessage());
    }
    return new RecordHeaders(new RecordHeader[] {
      new RecordHeader(HEADER, reason.getBytes(StandardCharsets.UTF_8))
    });
  }

  private static String reason(Throwable exception) {
    for (Throwable t = exception; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof InvalidEventException invalid) {
        return invalid.getMessage();
      }
    }
    return null;
  }
}
