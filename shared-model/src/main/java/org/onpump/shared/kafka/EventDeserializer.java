package org.onpump.shared.kafka;

import org.apache.kafka.common.serialization.Deserializer;
import org.onpump.shared.event.OnPumpEvent;
import org.onpump.shared.json.EventCodec;

/**
 * Reads events from Kafka, validating them as the REST intake does. Throws {@link
 * org.onpump.shared.json.InvalidEventException} for a record that is not a valid event, so that a consumer's error
 * handler can park it on the dead-letter topic with the reason.
 */
public class EventDeserializer implements Deserializer<OnPumpEvent> {

  @Override
  public OnPumpEvent deserialize(String topic, byte[] data) {
    return data == null ? null : EventCodec.read(data);
  }
}
