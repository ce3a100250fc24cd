package org.onpump.scheduler.intake;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.onpump.scheduler.web.UnavailableException;
import org.onpump.shared.event.CaseEvent;
import org.onpump.shared.kafka.Topics;
import org.springframework.kafka.KafkaException;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;

/** Puts accepted case events on the case-events topic, keyed by department, and waits for the broker's ack. */
@Component
class CaseEventPublisher {

  private final KafkaTemplate<String, Object> kafka;
  private final IntakeProperties properties;

  CaseEventPublisher(KafkaTemplate<String, Object> kafka, IntakeProperties properties) {
    this.kafka = kafka;
    this.properties = properties;
  }

  void publish(CaseEvent event) {
    try {
      kafka.send(Topics.CASE_EVENTS, event.partitionKey(), event)
          .get(properties.publishTimeout().toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw notPublished(e);
    } catch (ExecutionException | TimeoutException | KafkaException e) {
      throw notPublished(e);
    }
  }

  private static UnavailableException notPublished(Exception cause) {
    return new UnavailableException("Case event not accepted",
        "The event broker did not confirm the event in time. Post it again; the same eventId is never applied twice.",
        cause);
  }
}
