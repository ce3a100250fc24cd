package org.onpump.notifier.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onpump.notifier.TestEvents.assignmentChanged;
import static org.onpump.notifier.TestEvents.notificationRequested;
import static org.onpump.notifier.TestEvents.perfusionist;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onpump.infra.servers.RealServers;
import org.onpump.notifier.NotifierServiceTest;
import org.onpump.notifier.TestEvents;
import org.onpump.shared.event.NotificationRequested;
import org.onpump.shared.event.StaffMember;
import org.onpump.shared.json.EventCodec;
import org.onpump.shared.kafka.Topics;

class DeadLetterTest extends NotifierServiceTest {

  private KafkaConsumer<String, byte[]> deadLetters;
  private final List<ConsumerRecord<String, byte[]>> parked = new ArrayList<>();

  @BeforeEach
  void readDeadLetters() {
    deadLetters = new KafkaConsumer<>(Map.of("bootstrap.servers", RealServers.kafka().bootstrapServers(),
        "group.id", "dead-letter-test-" + UUID.randomUUID(), "auto.offset.reset", "earliest"),
        new StringDeserializer(), new ByteArrayDeserializer());
    deadLetters.subscribe(List.of(Topics.DEAD_LETTER));
  }

  @AfterEach
  void close() {
    deadLetters.close();
  }

  @Test
  void aMalformedRecordIsParkedWithItsReasonAndLaterRecordsStillFlow() {
    byte[] malformed = ("{\"type\":\"AssignmentChanged\",\"caseId\":\"" + UUID.randomUUID() + "\"")
        .getBytes(StandardCharsets.UTF_8);
    StaffMember ana = perfusionist("Ana Ortiz");

    publishRaw(Topics.ASSIGNMENT_CHANGES, TestEvents.DEPARTMENT, malformed);
    publish(Topics.ASSIGNMENT_CHANGES, assignmentChanged(null, ana));

    ConsumerRecord<String, byte[]> record = awaitParked(malformed);
    assertThat(record.key()).isEqualTo(TestEvents.DEPARTMENT);
    assertThat(header(record, "kafka_dlt-original-topic")).isEqualTo(Topics.ASSIGNMENT_CHANGES);
    assertThat(header(record, KafkaConfiguration.REASON_HEADER)).startsWith("invalid event: [$: malformed JSON");
    assertThat(header(record, "kafka_dlt-exception-stacktrace")).contains("InvalidEventException");
    eventually().untilAsserted(() -> assertThat(MAIL.receivedBy(ana.email())).hasSize(1));
  }

  @Test
  void anInvalidEventIsParkedNamingTheFieldThatIsWrong() {
    String json = EventCodec.toJson(assignmentChanged(null, perfusionist("Ana Ortiz")))
        .replaceFirst("\"causationEventId\":\"[^\"]+\",", "");
    byte[] invalid = json.getBytes(StandardCharsets.UTF_8);

    publishRaw(Topics.NOTIFICATION_REQUESTS, TestEvents.DEPARTMENT, invalid);

    ConsumerRecord<String, byte[]> record = awaitParked(invalid);
    assertThat(header(record, "kafka_dlt-original-topic")).isEqualTo(Topics.NOTIFICATION_REQUESTS);
    assertThat(header(record, KafkaConfiguration.REASON_HEADER))
        .isEqualTo("invalid event: [causationEventId: is required]");
  }

  @Test
  void anEventOnTheWrongTopicIsParkedAsTheEventItWas() {
    StaffMember ana = perfusionist("Ana Ortiz");
    NotificationRequested misrouted = notificationRequested(ana, "Wrong topic");

    publish(Topics.ASSIGNMENT_CHANGES, misrouted);

    ConsumerRecord<String, byte[]> record = awaitParked(EventCodec.toBytes(misrouted));
    assertThat(header(record, KafkaConfiguration.REASON_HEADER)).isEqualTo("invalid event: [type: "
        + "'NotificationRequested' does not belong on this topic; expected AssignmentChanged]");
    assertThat(EventCodec.read(record.value())).isEqualTo(misrouted);
    assertThat(MAIL.receivedBy(ana.email())).isEmpty();
  }

  private ConsumerRecord<String, byte[]> awaitParked(byte[] value) {
    eventually().until(() -> {
      deadLetters.poll(Duration.ofMillis(200)).forEach(parked::add);
      return parked.stream().anyMatch(r -> Arrays.equals(r.value(), value));
    });
    return parked.stream().filter(r -> Arrays.equals(r.value(), value)).findFirst().orElseThrow();
  }

  private static String header(ConsumerRecord<String, byte[]> record, String name) {
    Header header = record.headers().lastHeader(name);
    return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
  }
}
