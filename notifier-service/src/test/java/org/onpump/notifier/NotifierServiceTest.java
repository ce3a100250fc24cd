package org.onpump.notifier;

import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.awaitility.core.ConditionFactory;
import org.onpump.infra.identity.OnPumpUser;
import org.onpump.infra.identity.TestIdentity;
import org.onpump.infra.servers.RealServers;
import org.onpump.infra.servers.RealServersConfiguration;
import org.onpump.shared.event.OnPumpEvent;
import org.onpump.shared.kafka.EventSerializer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcBuilderCustomizer;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * The one Spring context of the notifier's integration tests: the whole service against a real PostgreSQL, a
 * real Kafka broker and a real SMTP server. Every test class extends this and changes nothing of it, so the
 * context is built once. Retries are fast here so that the outage tests finish quickly.
 */
@SpringBootTest(properties = {
    "onpump.paging.tick=50ms",
    "onpump.paging.timer-batch=5",
    "onpump.channels.page-attempts-per-method=2",
    "onpump.email.first-retry-delay=100ms",
    "onpump.email.max-retry-delay=400ms",
    "onpump.email.max-attempts=30",
    "onpump.messaging.retry-interval=100ms",
    "onpump.messaging.max-retry-interval=400ms"
})
@Import({RealServersConfiguration.class, NotifierServiceTest.ControlledClock.class, NotifierServiceTest.AdminByDefault.class})
@AutoConfigureMockMvc
public abstract class NotifierServiceTest {

  protected static final MailServer MAIL = MailServer.shared();
  protected static final WebhookReceiver WEBHOOKS = WebhookReceiver.shared();
  protected static final TestClock CLOCK = TestClock.INSTANCE;

  private static KafkaProducer<String, OnPumpEvent> events;
  private static KafkaProducer<String, byte[]> raw;

  @Autowired
  protected MockMvcTester mvc;

  @Autowired
  protected JdbcClient jdbc;

  @DynamicPropertySource
  static void mailServer(DynamicPropertyRegistry registry) {
    registry.add("spring.mail.host", () -> "127.0.0.1");
    registry.add("spring.mail.port", MAIL::port);
    registry.add("onpump.channels.sms-gateway-url", () -> WEBHOOKS.url("/sms"));
    registry.add("onpump.channels.voice-gateway-url", () -> WEBHOOKS.url("/voice"));
    registry.add("onpump.channels.chat-webhook-patterns", () -> "http://127\\.0\\.0\\.1:[0-9]+/.*");
  }

  /** The Authorization header value for {@code user}: a real token, checked through the real key set. */
  protected static String as(OnPumpUser user) {
    return TestIdentity.bearer(user);
  }

  /**
   * Requests carry an admin's real signed token unless they set their own Authorization header: tests of behaviour
   * need not sign in; tests of who-may-what pass the caller's token ({@link #as}).
   */
  @TestConfiguration(proxyBeanMethods = false)
  public static class AdminByDefault {

    @Bean
    MockMvcBuilderCustomizer adminByDefault() {
      return builder -> builder.defaultRequest(MockMvcRequestBuilders.get("/")
          .header(HttpHeaders.AUTHORIZATION, TestIdentity.bearer(OnPumpUser.admin())));
    }
  }

  /** The clock tests move on. */
  @TestConfiguration(proxyBeanMethods = false)
  public static class ControlledClock {

    @Bean
    @Primary
    public Clock testClock() {
      return CLOCK;
    }
  }

  /** Publishes an event as a producer of OnPump would: keyed by its department, in the one JSON form. */
  protected static void publish(String topic, OnPumpEvent event) {
    send(eventProducer(), new ProducerRecord<>(topic, event.partitionKey(), event));
  }

  /** Publishes bytes that need not be an event at all. */
  protected static void publishRaw(String topic, String key, byte[] value) {
    send(rawProducer(), new ProducerRecord<>(topic, key, value));
  }

  protected static ConditionFactory eventually() {
    return await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100));
  }

  private static <V> void send(KafkaProducer<String, V> producer, ProducerRecord<String, V> record) {
    try {
      producer.send(record).get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("could not publish to " + record.topic(), e);
    }
  }

  private static synchronized KafkaProducer<String, OnPumpEvent> eventProducer() {
    if (events == null) {
      events = new KafkaProducer<>(producerConfig(), new StringSerializer(), new EventSerializer());
    }
    return events;
  }

  private static synchronized KafkaProducer<String, byte[]> rawProducer() {
    if (raw == null) {
      raw = new KafkaProducer<>(producerConfig(), new StringSerializer(), new ByteArraySerializer());
    }
    return raw;
  }

  private static Map<String, Object> producerConfig() {
    return Map.of("bootstrap.servers", RealServers.kafka().bootstrapServers());
  }
}
