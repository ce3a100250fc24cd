package org.onpump.scheduler.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.mockito.Mockito.doThrow;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onpump.infra.identity.TestIdentity;
import org.onpump.scheduler.SignedInAsAdmin;
import org.onpump.scheduler.department.HospitalDirectory;
import org.onpump.scheduler.security.Access;
import org.onpump.scheduler.web.UnavailableException;
import org.onpump.shared.event.CaseEnded;
import org.onpump.shared.event.CaseScheduled;
import org.onpump.shared.event.Competency;
import org.onpump.shared.json.EventCodec;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.context.annotation.Import;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import tools.jackson.databind.node.ObjectNode;

/**
 * The intake's answers alone (the broker and the directory stand in), signed in as an admin with a real token checked
 * against the test identity provider's keys.
 */
@WebMvcTest(CaseEventController.class)
@Import({Access.class, SignedInAsAdmin.class})
class CaseEventControllerTest {

  @TestConfiguration
  @EnableWebSecurity
  static class Meters {
    @Bean
    MeterRegistry meterRegistry() {
      return new SimpleMeterRegistry();
    }

    @Bean
    JwtDecoder jwtDecoder() {
      return NimbusJwtDecoder.withJwkSetUri(TestIdentity.provider().jwkSetUri()).build();
    }
  }

  @Autowired
  MockMvcTester mvc;

  @MockitoBean
  CaseEventPublisher publisher;

  @MockitoBean
  HospitalDirectory directory;

  @BeforeEach
  void knownHospital() {
    when(directory.violations(any())).thenCallRealMethod();
    when(directory.departmentOf(any())).thenReturn(Optional.empty());
    when(directory.departmentOf("demo-general")).thenReturn(Optional.of("demo-cardiac"));
  }

  @Test
  void validCaseEventIsPublishedAndAcceptedWithItsEventId() {
    CaseScheduled event = scheduled();

    assertThat(post(EventCodec.toJson(event))).hasStatus(202)
        .bodyJson().isLenientlyEqualTo("{\"eventId\":\"" + event.eventId() + "\",\"status\":\"ACCEPTED\"}");
    verify(publisher).publish(event);
  }

  @Test
  void malformedJsonIsA400NamingTheBodyAndNothingIsPublished() {
    assertBadRequest(post("{\"type\":\"CaseScheduled\","), "$", "malformed JSON");
  }

  @Test
  void missingFieldIsA400NamingTheField() {
    ObjectNode json = tree(scheduled());
    json.remove("plannedStart");
    assertBadRequest(post(json.toString()), "plannedStart", "is required");
  }

  @Test
  void unknownEventTypeIsA400NamingTheType() {
    ObjectNode json = tree(scheduled());
    json.put("type", "CaseTeleported");
    assertBadRequest(post(json.toString()), "type", "'CaseTeleported' is not an event type");
  }

  @Test
  void eventThatIsNotACaseEventIsA400NamingTheType() {
    String notification = """
        {"type":"NotificationRequested","eventId":"%s","occurredAt":"2026-11-22T10:00:00Z","source":"or-system",
         "hospitalId":"demo-general","departmentId":"demo-cardiac","schemaVersion":1,
         "causationEventId":"%s","recipient":{"perfusionistId":"p-01","displayName":"Ana Ortiz",
         "email":"ana.ortiz@demo.onpump.org"},"urgency":"ROUTINE","subject":"s","message":"m"}"""
        .formatted(UUID.randomUUID(), UUID.randomUUID());
    assertBadRequest(post(notification), "type", "is not a case event");
  }

  @Test
  void caseEndingBeforeItStartsIsA400NamingTheEnd() {
    Instant start = Instant.parse("2026-11-23T14:00:00Z");
    CaseEnded ended = new CaseEnded(UUID.randomUUID(), start, "or-system", "demo-general", "demo-cardiac", 1,
        "case-1", start, start.minusSeconds(60));
    assertBadRequest(post(EventCodec.toJson(ended)), "endedAt", "must not be before startedAt");
  }

  @Test
  void caseWithANegativeDurationIsA400NamingTheDuration() {
    ObjectNode json = tree(scheduled());
    json.put("plannedDurationMinutes", -30);
    assertBadRequest(post(json.toString()), "plannedDurationMinutes", "cannot end before it starts");
  }

  @Test
  void unknownHospitalIsA400NamingTheHospital() {
    ObjectNode json = tree(scheduled());
    json.put("hospitalId", "nowhere-general");
    assertBadRequest(post(json.toString()), "hospitalId", "not a hospital known to OnPump");
  }

  @Test
  void aBadFieldAndAnUnknownHospitalAreReportedTogether() {
    ObjectNode json = tree(scheduled());
    json.put("hospitalId", "nowhere-general");
    json.put("plannedDurationMinutes", 0);

    MvcTestResult result = post(json.toString());

    assertThat(result).hasStatus(400).bodyJson().extractingPath("$.errors[*].field").asArray()
        .containsExactly("plannedDurationMinutes", "hospitalId");
    verify(publisher, never()).publish(any());
  }

  @Test
  void hospitalOfAnotherDepartmentIsA400NamingTheDepartment() {
    ObjectNode json = tree(scheduled());
    json.put("departmentId", "other-cardiac");
    assertBadRequest(post(json.toString()), "departmentId", "does not staff hospital 'demo-general'");
  }

  @Test
  void brokerThatDoesNotConfirmIsA503Problem() {
    doThrow(new UnavailableException("Case event not accepted", "The event broker did not confirm", null))
        .when(publisher).publish(any());

    assertThat(post(EventCodec.toJson(scheduled()))).hasStatus(503)
        .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
        .bodyJson().extractingPath("$.title").isEqualTo("Case event not accepted");
  }

  private void assertBadRequest(MvcTestResult result, String field, String message) {
    assertThat(result).hasStatus(400).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    assertThat(result).bodyJson().extractingPath("$.title").isEqualTo("Invalid case event");
    assertThat(result).bodyJson().extractingPath("$.errors[0].field").isEqualTo(field);
    assertThat(result).bodyJson().extractingPath("$.errors[0].message").asString().contains(message);
    verify(publisher, never()).publish(any());
  }

  private MvcTestResult post(String json) {
    return mvc.post().uri("/api/v1/case-events").contentType(MediaType.APPLICATION_JSON).content(json).exchange();
  }

  private static ObjectNode tree(CaseScheduled event) {
    return (ObjectNode) EventCodec.mapper().readTree(EventCodec.toJson(event));
  }

  static CaseScheduled scheduled() {
    return new CaseScheduled(UUID.randomUUID(), Instant.parse("2026-11-22T10:00:00Z"), "or-system",
        "demo-general", "demo-cardiac", 1, "case-1", "CABG", Competency.ADULT_CPB, "OR-1",
        Instant.parse("2026-11-23T12:30:00Z"), 240, "America/New_York");
  }
}
