package org.onpump.scheduler.replanning;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.onpump.scheduler.department.HospitalDirectory;
import org.onpump.shared.event.CaseEvent;
import org.onpump.shared.event.FieldViolation;
import org.onpump.shared.event.OnPumpEvent;
import org.onpump.shared.json.InvalidEventException;
import org.onpump.shared.kafka.Topics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.log.LogAccessor;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.kafka.support.serializer.DeserializationException;
import org.springframework.kafka.support.serializer.SerializationUtils;
import org.springframework.stereotype.Component;

/**
 * Consumes case events a poll at a time: applies every event of the poll, then replans each touched department
 * once, a transaction per department. The offsets are committed after the listener returns, so after the
 * database. A record that is not a valid case event of a known hospital is parked on the dead-letter topic (the
 * error handler does that when this listener names its index); the records before it are processed first.
 */
@Component
class CaseEventListener {

  private static final LogAccessor LOG = new LogAccessor(CaseEventListener.class);
  private static final Logger log = LoggerFactory.getLogger(CaseEventListener.class);

  private final HospitalDirectory directory;
  private final DepartmentReplanning replanning;

  CaseEventListener(HospitalDirectory directory, DepartmentReplanning replanning) {
    this.directory = directory;
    this.replanning = replanning;
  }

  @KafkaListener(id = "case-events", idIsGroup = false, topics = Topics.CASE_EVENTS, batch = "true")
  void onCaseEvents(List<ConsumerRecord<String, OnPumpEvent>> records) {
    Map<String, List<CaseEvent>> byDepartment = new LinkedHashMap<>();
    Map<String, Integer> firstIndex = new LinkedHashMap<>();
    int invalidIndex = -1;
    Exception invalid = null;
    for (int i = 0; i < records.size() && invalid == null; i++) {
      ConsumerRecord<String, OnPumpEvent> record = records.get(i);
      try {
        invalid = problemWith(record);
      } catch (RuntimeException lookupFailed) {
        // The hospital directory could not be read: process what came before, retry from this record.
        invalid = lookupFailed;
      }
      if (invalid != null) {
        invalidIndex = i;
      } else if (record.value() instanceof CaseEvent event) {
        byDepartment.computeIfAbsent(event.departmentId(), d -> new ArrayList<>()).add(event);
        firstIndex.putIfAbsent(event.departmentId(), i);
      }
    }
    byDepartment.forEach((departmentId, events) -> {
      try {
        replanning.apply(departmentId, events);
      } catch (RuntimeException e) {
        throw new BatchListenerFailedException("replanning department " + departmentId + " failed: " + e, e,
            firstIndex.get(departmentId));
      }
    });
    if (invalid != null) {
      ConsumerRecord<String, OnPumpEvent> parked = records.get(invalidIndex);
      log.warn("Record {}-{}@{} could not be accepted ({}); it is retried if that may help, else dead-lettered",
          parked.topic(), parked.partition(), parked.offset(), fields(invalid));
      throw new BatchListenerFailedException(invalid.getMessage(), invalid, invalidIndex);
    }
  }

  /** The contract's own reason ("eventId: is required") for a record the deserializer refused. */
  private static Exception contractReason(DeserializationException failure) {
    return failure.getCause() instanceof InvalidEventException reason ? reason : failure;
  }

  /** The names of the bad fields only: values may be anything a sender put there. */
  private static String fields(Exception invalid) {
    return invalid instanceof InvalidEventException event
        ? "bad fields " + event.violations().stream().map(FieldViolation::field).toList()
        : invalid.getClass().getSimpleName();
  }

  /** Why the record cannot be processed; null for a valid case event (or an empty record, which is skipped). */
  private Exception problemWith(ConsumerRecord<String, OnPumpEvent> record) {
    if (record.value() == null) {
      DeserializationException failure = SerializationUtils.getExceptionFromHeader(record,
          SerializationUtils.VALUE_DESERIALIZER_EXCEPTION_HEADER, LOG);
      return failure == null ? null : contractReason(failure);
    }
    if (!(record.value() instanceof CaseEvent event)) {
      return new InvalidEventException(List.of(new FieldViolation("type",
          "'" + record.value().type() + "' is not a case event")));
    }
    List<FieldViolation> violations = directory.violations(event);
    return violations.isEmpty() ? null : new InvalidEventException(violations);
  }
}
