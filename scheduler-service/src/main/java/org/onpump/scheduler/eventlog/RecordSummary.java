package org.onpump.scheduler.eventlog;

import java.util.UUID;
import java.util.regex.Pattern;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.onpump.shared.event.CaseEvent;
import org.onpump.shared.event.OnPumpEvent;
import org.onpump.shared.json.EventCodec;
import org.springframework.core.log.LogAccessor;
import org.springframework.kafka.support.serializer.DeserializationException;
import org.springframework.kafka.support.serializer.SerializationUtils;
import tools.jackson.databind.JsonNode;

/**
 * What can be told of a refused record: its ids and type, read leniently from whatever arrived. Only values that
 * look like codes are kept (a bad record may carry anything, patient data included).
 */
public record RecordSummary(UUID eventId, String type, String departmentId, String hospitalId, String caseId) {

  private static final Pattern CODE = Pattern.compile("[A-Za-z0-9._:/-]{1,64}");
  private static final LogAccessor LOG = new LogAccessor(RecordSummary.class);

  public static RecordSummary of(ConsumerRecord<?, ?> record) {
    if (record.value() instanceof OnPumpEvent event) {
      return new RecordSummary(event.eventId(), event.type(), event.departmentId(), event.hospitalId(),
          event instanceof CaseEvent caseEvent ? caseEvent.caseId() : null);
    }
    DeserializationException failure = SerializationUtils.getExceptionFromHeader(record,
        SerializationUtils.VALUE_DESERIALIZER_EXCEPTION_HEADER, LOG);
    byte[] data = failure != null ? failure.getData() : record.value() instanceof byte[] raw ? raw : null;
    return data == null ? new RecordSummary(null, null, null, null, null) : lenient(data);
  }

  private static RecordSummary lenient(byte[] data) {
    JsonNode tree;
    try {
      tree = EventCodec.mapper().readTree(data);
    } catch (RuntimeException unreadable) {
      return new RecordSummary(null, null, null, null, null);
    }
    if (tree == null || !tree.isObject()) {
      return new RecordSummary(null, null, null, null, null);
    }
    return new RecordSummary(uuid(code(tree, "eventId")), code(tree, "type"), code(tree, "departmentId"),
        code(tree, "hospitalId"), code(tree, "caseId"));
  }

  private static String code(JsonNode tree, String field) {
    JsonNode value = tree.get(field);
    return value != null && value.isString() && CODE.matcher(value.asString()).matches() ? value.asString() : null;
  }

  private static UUID uuid(String text) {
    try {
      return text == null ? null : UUID.fromString(text);
    } catch (IllegalArgumentException notAUuid) {
      return null;
    }
  }
}
