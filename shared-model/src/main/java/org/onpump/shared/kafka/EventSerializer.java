package org.onpump.shared.kafka;

import org.apache.kafka.common.serialization.Serializer;
import org.onpump.shared.event.OnPumpEvent;
import org.onpump.shared.json.EventCodec;

/** Writes events to Kafka in their one JSON form. */
public class EventSerializer implements Serializer<OnPumpEvent> {

  @Override
  public byte[] serialize(String topic, OnPumpEvent event) {
    return event == null ? null : EventCodec.toBytes(event);
  }
}
