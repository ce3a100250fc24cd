package org.onpump.scheduler.messaging;

import java.net.ConnectException;
import java.nio.charset.StandardCharsets;
import java.sql.SQLTransientException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.errors.RetriableException;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.onpump.shared.json.InvalidEventException;
import org.springframework.core.log.LogAccessor;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.kafka.support.serializer.DeserializationException;
import org.springframework.kafka.support.serializer.SerializationUtils;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/**
 * Adds the {@value #HEADER} header to a dead letter: the contract's own words for what is wrong ("eventId: ... is
 * not a valid UUID"), where Spring's {@code kafka_dlt-exception-message} only says "failed to deserialize".
 */
final class DeadLetterReason {

  static final String HEADER = "onpump_dlt-reason";
  private static final LogAccessor LOG = new LogAccessor(DeadLetterReason.class);

  private DeadLetterReason() {}

  static Headers headers(ConsumerRecord<?, ?> record, Exception exception) {
    return new RecordHeaders(new RecordHeader[] {
      new RecordHeader(HEADER, reason(record, exception).getBytes(StandardCharsets.UTF_8))
    });
  }

  /** The contract's words for what is wrong, else the root cause's message. */
  static String reason(ConsumerRecord<?, ?> record, Exception exception) {
    String reason = reason(exception);
    if (reason == null) {
      DeserializationException failure = SerializationUtils.getExceptionFromHeader(record,
          SerializationUtils.VALUE_DESERIALIZER_EXCEPTION_HEADER, LOG);
      reason = failure == null ? null : reason(failure);
    }
    if (reason == null) {
      reason = String.valueOf(root(exception).getMessage());
    }
    return reason;
  }

  /** How the metric counts the refusal: invalid (schema), unknown-hospital, or failed (past its retries). */
  static String kind(Exception exception) {
    for (Throwable t = exception; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof InvalidEventException invalid) {
        return invalid.violations().stream().anyMatch(v -> v.field().equals("hospitalId")
            || v.field().equals("departmentId")) ? "unknown-hospital" : "invalid";
      }
      if (t instanceof DeserializationException) {
        return "invalid";
      }
    }
    return "failed";
  }

  /** PostgreSQL or the broker is away: worth waiting for, never a reason to park a record. */
  static boolean isOutage(Exception exception) {
    for (Throwable t = exception; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof TransientDataAccessException || t instanceof DataAccessResourceFailureException
          || t instanceof RecoverableDataAccessException || t instanceof CannotCreateTransactionException
          || t instanceof TransactionSystemException || t instanceof RetriableException
          || t instanceof SQLTransientException || t instanceof ConnectException) {
        return true;
      }
    }
    return false;
  }

  private static Throwable root(Throwable exception) {
    Throwable root = exception;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root;
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
