package org.onpump.shared.json;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.onpump.shared.event.OnPumpEvent;

/** The names of the event types and of the value forms, for error messages. */
final class EventTypes {

  static final List<String> NAMES = Arrays.stream(OnPumpEvent.class.getAnnotation(JsonSubTypes.class).value())
      .map(JsonSubTypes.Type::name)
      .toList();

  private EventTypes() {}

  static String describe(Class<?> target) {
    if (target == Instant.class) {
      return "ISO-8601 instant such as 2026-11-23T07:30:00Z";
    }
    if (target == UUID.class) {
      return "UUID such as 3f1c6d2e-8a4b-4c1e-9f0a-2b7d5e6c8a91";
    }
    if (target.isEnum()) {
      return "value; expected one of " + Arrays.toString(target.getEnumConstants());
    }
    if (target == Integer.class || target == int.class) {
      return "whole number";
    }
    return target.getSimpleName();
  }
}
