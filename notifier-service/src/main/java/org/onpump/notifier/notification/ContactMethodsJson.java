package org.onpump.notifier.notification;

import java.util.List;
import org.onpump.shared.event.ContactMethod;
import org.onpump.shared.json.EventCodec;
import tools.jackson.core.type.TypeReference;

/** Contact methods as the notifier stores them: a JSON array in a jsonb column. */
public final class ContactMethodsJson {

  private static final TypeReference<List<ContactMethod>> LIST = new TypeReference<>() {};

  private ContactMethodsJson() {}

  public static String write(List<ContactMethod> methods) {
    return EventCodec.mapper().writeValueAsString(methods);
  }

  public static List<ContactMethod> read(String json) {
    return json == null ? List.of() : EventCodec.mapper().readValue(json, LIST);
  }
}
