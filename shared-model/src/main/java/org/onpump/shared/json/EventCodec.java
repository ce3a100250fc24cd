package org.onpump.shared.json;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.onpump.shared.event.FieldViolation;
import org.onpump.shared.event.OnPumpEvent;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.InvalidTypeIdException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one JSON form of OnPump events (Jackson 3), used by the REST intake, every Kafka topic and the tests.
 *
 * <p>Reading is strict: an unknown field, an unknown type or a value of the wrong form is an {@link
 * InvalidEventException} naming the field, and so is an event whose {@link OnPumpEvent#violations()} are not empty.
 */
public final class EventCodec {

  private static final JsonMapper MAPPER = JsonMapper.builder()
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .build();

  private EventCodec() {}

  /** The mapper behind this codec, for code that must hand Jackson a mapper (never configure it further). */
  public static JsonMapper mapper() {
    return MAPPER;
  }

  public static byte[] toBytes(OnPumpEvent event) {
    return MAPPER.writeValueAsBytes(event);
  }

  public static String toJson(OnPumpEvent event) {
    return new String(toBytes(event), StandardCharsets.UTF_8);
  }

  /** Reads and validates one event. */
  public static OnPumpEvent read(byte[] json) {
    OnPumpEvent event = parse(json);
    List<FieldViolation> violations = event.violations();
    if (!violations.isEmpty()) {
      throw new InvalidEventException(violations);
    }
    return event;
  }

  /**
   * Reads one event without checking its fields' values, for a reader that adds checks of its own and reports them
   * all together; JSON that is not an event of the contract is still an {@link InvalidEventException}.
   */
  public static OnPumpEvent parse(byte[] json) {
    OnPumpEvent event;
    try {
      event = MAPPER.readValue(json, OnPumpEvent.class);
    } catch (JacksonException e) {
      throw new InvalidEventException(List.of(describe(e)));
    }
    if (event == null) {
      throw new InvalidEventException(List.of(new FieldViolation("$", "the body must be one JSON event object")));
    }
    return event;
  }

  public static OnPumpEvent read(String json) {
    return read(json.getBytes(StandardCharsets.UTF_8));
  }

  private static FieldViolation describe(JacksonException e) {
    if (e instanceof InvalidTypeIdException typeId) {
      String given = typeId.getTypeId();
      return new FieldViolation("type", given == null || given.isEmpty()
          ? "is required: one of " + EventTypes.NAMES
          : "'" + given + "' is not an event type; expected one of " + EventTypes.NAMES);
    }
    if (e instanceof UnrecognizedPropertyException unknown) {
      return new FieldViolation(path(e), "is not a field of schema version " + OnPumpEvent.SCHEMA_VERSION
          + " of this event type");
    }
    if (e instanceof InvalidFormatException format) {
      return new FieldViolation(path(e), "'" + format.getValue() + "' is not a valid "
          + EventTypes.describe(format.getTargetType()));
    }
    if (e instanceof StreamReadException read) {
      String where = read.getLocation() == null ? ""
          : " at line " + read.getLocation().getLineNr() + ", column " + read.getLocation().getColumnNr();
      return new FieldViolation("$", "malformed JSON" + where + ": " + read.getOriginalMessage());
    }
    return new FieldViolation(path(e), e.getOriginalMessage());
  }

  private static String path(JacksonException e) {
    StringBuilder path = new StringBuilder();
    for (JacksonException.Reference reference : e.getPath()) {
      if (reference.getPropertyName() != null) {
        path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
      } else if (reference.getIndex() >= 0) {
        path.append('[').append(reference.getIndex()).append(']');
      }
    }
    return path.isEmpty() ? "$" : path.toString();
  }
}
