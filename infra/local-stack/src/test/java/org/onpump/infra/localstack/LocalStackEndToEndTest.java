package org.onpump.infra.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.awaitility.core.ConditionFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.onpump.infra.servers.KafkaTopicReader;
import org.onpump.infra.servers.PostgresServer;
import org.onpump.infra.servers.RealServers;
import org.onpump.shared.event.AssignmentChanged;
import org.onpump.shared.event.CaseScheduled;
import org.onpump.shared.event.Competency;
import org.onpump.shared.event.OnPumpEvent;
import org.onpump.shared.json.EventCodec;
import org.onpump.shared.kafka.Topics;
import tools.jackson.databind.JsonNode;

/**
 * Both services as real processes on one real broker and one real database, driven over REST as a hospital
 * would: an event becomes an assignment row, an AssignmentChanged record and an email; bad and repeated events
 * change nothing. The stack's identity provider hands out the demo users' tokens, which the services accept.
 */
class LocalStackEndToEndTest {

  private static final Duration PATIENCE = Duration.ofSeconds(30);
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private static LocalStack stack;
  private static KafkaTopicReader assignmentChanges;
  private static KafkaTopicReader caseEvents;
  private static CaseEventClient hospital;

  @BeforeAll
  static void startTheStack() {
    LocalStackSettings settings = new LocalStackSettings(0, 0, 0, 0, 0, 0, 0,
        Path.of(System.getProperty("onpump.services-dir", "target/services")), Path.of("target/e2e-logs"), false);
    stack = new LocalStack();
    stack.start(settings, RealServers.postgres(), RealServers.kafka());
    assignmentChanges = new KafkaTopicReader(Topics.ASSIGNMENT_CHANGES);
    caseEvents = new KafkaTopicReader(Topics.CASE_EVENTS);
    hospital = new CaseEventClient(stack.schedulerUrl(), stack.bearer(DemoUsers.get(DemoUsers.HOSPITAL)));
  }

  @AfterAll
  static void stopTheStack() {
    if (assignmentChanges != null) {
      assignmentChanges.close();
    }
    if (caseEvents != null) {
      caseEvents.close();
    }
    if (stack != null) {
      stack.close();
    }
  }

  @Test
  void bothServicesReportUp() throws Exception {
    for (String service : List.of(stack.schedulerUrl(), stack.notifierUrl())) {
      HttpResponse<String> health = HTTP.send(HttpRequest.newBuilder(URI.create(service + "/actuator/health")).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(health.statusCode()).as(service).isEqualTo(200);
      assertThat(json(health.body()).get("status").asString()).as(service).isEqualTo("UP");
    }
  }

  @Test
  void aPostedCaseEventBecomesAnAssignmentRowAnAssignmentChangedRecordAndAnEmail() throws Exception {
    CaseScheduled booked = booking("E2E-BOOKED", "OR-E2E-1");

    HttpResponse<String> response = hospital.post(booked);

    assertThat(response.statusCode()).isEqualTo(202);
    assertThat(json(response.body()).get("eventId").asString()).isEqualTo(booked.eventId().toString());
    AssignmentChanged change = awaitAssignmentChange(booked.caseId());
    assertThat(change.causationEventId()).isEqualTo(booked.eventId());
    assertThat(change.assignee()).isNotNull();
    assertThat(assignedPerfusionistInTheDatabase(booked.caseId())).isEqualTo(change.assignee().perfusionistId());
    eventually().untilAsserted(() ->
        assertThat(mailTo(change.assignee().email(), booked.orRoom())).hasSize(1));
    eventually().untilAsserted(() ->
        assertThat(notificationsOf(change.assignee().perfusionistId()).toString()).contains(booked.orRoom()));
  }

  @Test
  void aRepeatedEventIdProducesNoSecondAssignmentOrEmail() throws Exception {
    CaseScheduled booked = booking("E2E-REPEAT", "OR-E2E-2");
    assertThat(hospital.post(booked).statusCode()).isEqualTo(202);
    AssignmentChanged first = awaitAssignmentChange(booked.caseId());
    eventually().until(() -> mailTo(first.assignee().email(), booked.orRoom()).size() == 1);

    // The same event id again, even with other content, is the same event: it changes nothing.
    CaseScheduled sameIdOtherRoom = new CaseScheduled(booked.eventId(), booked.occurredAt(), booked.source(),
        booked.hospitalId(), booked.departmentId(), booked.schemaVersion(), booked.caseId(), booked.procedureType(),
        booked.requiredCompetency(), "OR-E2E-MOVED", booked.plannedStart(), booked.plannedDurationMinutes(),
        booked.hospitalTimeZone());
    assertThat(hospital.post(booked).statusCode()).isEqualTo(202);
    assertThat(hospital.post(sameIdOtherRoom).statusCode()).isEqualTo(202);
    processedEverythingBefore(booking("E2E-AFTER-REPEAT", "OR-E2E-3"));

    assertThat(changesOf(booked.caseId())).hasSize(1);
    assertThat(mailTo(first.assignee().email(), booked.orRoom())).hasSize(1);
    assertThat(stack.mailbox().received()).noneMatch(mail -> mail.body().contains("OR-E2E-MOVED"));
    assertThat(storedRoom(booked.caseId())).isEqualTo(booked.orRoom());
  }

  @Test
  void invalidEventsAreRefusedNamingTheFieldAndChangeNothing() throws Exception {
    String valid = EventCodec.toJson(booking("E2E-INVALID", "OR-E2E-4"));
    List<String[]> cases = List.of(
        new String[] {"{\"type\":\"CaseScheduled\",", "$"},
        new String[] {valid.replaceAll("\"orRoom\":\"[^\"]*\",", ""), "orRoom"},
        new String[] {valid.replace("\"CaseScheduled\"", "\"CaseTeleported\""), "type"},
        new String[] {valid.replace("\"plannedDurationMinutes\":240", "\"plannedDurationMinutes\":-60"),
            "plannedDurationMinutes"},
        new String[] {valid.replace("\"hospitalId\":\"demo-general\"", "\"hospitalId\":\"nowhere-general\""),
            "hospitalId"});

    for (String[] invalid : cases) {
      HttpResponse<String> response = hospital.post(invalid[0]);
      assertThat(response.statusCode()).as(invalid[0]).isEqualTo(400);
      assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
          type -> assertThat(type).startsWith("application/problem+json"));
      assertThat(json(response.body()).get("errors").findValuesAsString("field")).contains(invalid[1]);
    }
    processedEverythingBefore(booking("E2E-AFTER-INVALID", "OR-E2E-5"));

    assertThat(changesOf("E2E-INVALID")).isEmpty();
    assertThat(caseEvents.readToEnd()).map(record -> new String(record.value(), StandardCharsets.UTF_8))
        .noneMatch(value -> value.contains("E2E-INVALID"));
    assertThat(storedRoom("E2E-INVALID")).isNull();
    assertThat(assignedPerfusionistInTheDatabase("E2E-INVALID")).isNull();
    assertThat(stack.mailbox().received()).noneMatch(mail -> mail.body().contains("OR-E2E-4"));
  }

  @Test
  void theIdentityProviderSignsInTheDemoUsersAndTheServicesCheckWhoCalls() throws Exception {
    String pages = stack.notifierUrl() + "/api/v1/departments/" + DemoWeek.DEPARTMENT + "/pages";
    HttpResponse<String> issued = tokenRequest("username=chief");
    assertThat(issued.statusCode()).isEqualTo(200);
    String chief = "Bearer " + json(issued.body()).get("access_token").asString();
    String perfusionist = stack.bearer(DemoUsers.get("p-02"));

    assertThat(get(pages, chief).statusCode()).isEqualTo(200);
    assertThat(get(pages, null).statusCode()).isEqualTo(401);
    assertThat(get(pages, "Bearer not-a-token").statusCode()).isEqualTo(401);
    assertThat(get(pages, perfusionist).statusCode()).isEqualTo(403);
    CaseScheduled notFromAHospital = booking("E2E-NOT-A-HOSPITAL", "OR-E2E-6");
    assertThat(new CaseEventClient(stack.schedulerUrl(), perfusionist).post(notFromAHospital).statusCode())
        .isEqualTo(403);
    assertThat(tokenRequest("username=somebody").statusCode()).isEqualTo(400);
    processedEverythingBefore(booking("E2E-AFTER-REFUSED", "OR-E2E-7"));
    assertThat(changesOf(notFromAHospital.caseId())).isEmpty();
  }

  @Test
  void theWebPageLearnsWhereToSignInAndMayCallTheNotifierFromItsOwnOrigin() throws Exception {
    HttpResponse<String> signIn = get(stack.schedulerUrl() + "/api/v1/sign-in", null);
    assertThat(signIn.statusCode()).isEqualTo(200);
    assertThat(json(signIn.body()).get("tokenUrl").asString()).isEqualTo(stack.identity().tokenUri());
    assertThat(json(signIn.body()).get("notifierUrl").asString()).isEqualTo(stack.notifierUrl());

    String pages = stack.notifierUrl() + "/api/v1/departments/" + DemoWeek.DEPARTMENT + "/pages";
    for (String origin : List.of(stack.schedulerUrl(), stack.schedulerUrl().replace("localhost", "127.0.0.1"))) {
      HttpResponse<Void> preflight = preflight(pages, origin);
      assertThat(preflight.statusCode()).as(origin).isEqualTo(200);
      assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).as(origin).contains(origin);
    }
    assertThat(preflight(pages, "http://elsewhere.example").statusCode()).isEqualTo(403);
  }

  /** Events of one department are handled in order: once a later one has its effect, the earlier ones had theirs. */
  private static void processedEverythingBefore(CaseScheduled marker) {
    assertThat(hospital.post(marker).statusCode()).isEqualTo(202);
    AssignmentChanged change = awaitAssignmentChange(marker.caseId());
    eventually().until(() -> mailTo(change.assignee().email(), marker.orRoom()).size() == 1);
  }

  /** Awaits on the test's own thread: the topic readers are polled in the conditions and are not thread-safe. */
  private static ConditionFactory eventually() {
    return await().atMost(PATIENCE).pollInSameThread();
  }

  private static CaseScheduled booking(String caseId, String room) {
    String uniqueCase = caseId + "-" + UUID.randomUUID().toString().substring(0, 8);
    Instant start = Instant.now().plus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
    return new CaseScheduled(UUID.randomUUID(), Instant.now(), "e2e-or-system", DemoWeek.HOSPITAL,
        DemoWeek.DEPARTMENT, OnPumpEvent.SCHEMA_VERSION, uniqueCase, "CABG", Competency.ADULT_CPB, room, start, 240,
        DemoWeek.ZONE.getId());
  }

  private static AssignmentChanged awaitAssignmentChange(String caseId) {
    return eventually().until(() -> changesOf(caseId), changes -> !changes.isEmpty()).get(0);
  }

  private static List<AssignmentChanged> changesOf(String caseId) {
    List<AssignmentChanged> changes = new ArrayList<>();
    for (var record : assignmentChanges.poll()) {
      if (EventCodec.read(record.value()) instanceof AssignmentChanged change && change.caseId().startsWith(caseId)) {
        changes.add(change);
      }
    }
    return changes;
  }

  private static List<LocalMailbox.Mail> mailTo(String address, String room) {
    return stack.mailbox().received().stream()
        .filter(mail -> mail.to().contains(address) && mail.body().contains(room))
        .toList();
  }

  private static String assignedPerfusionistInTheDatabase(String caseIdPrefix) throws Exception {
    return firstValue("SELECT perfusionist_id FROM scheduler.assignment WHERE case_id LIKE ?", caseIdPrefix);
  }

  private static String storedRoom(String caseIdPrefix) throws Exception {
    return firstValue("SELECT or_room FROM scheduler.pump_case WHERE case_id LIKE ?", caseIdPrefix);
  }

  private static String firstValue(String sql, String caseIdPrefix) throws Exception {
    PostgresServer db = RealServers.postgres();
    try (Connection connection = DriverManager.getConnection(db.jdbcUrl(), db.username(), db.password());
        PreparedStatement query = connection.prepareStatement(sql)) {
      query.setString(1, caseIdPrefix + "%");
      try (ResultSet row = query.executeQuery()) {
        return row.next() ? row.getString(1) : null;
      }
    }
  }

  private static JsonNode notificationsOf(String perfusionistId) throws Exception {
    URI uri = URI.create(stack.notifierUrl() + "/api/v1/perfusionists/" + perfusionistId + "/notifications");
    // Read as the person: the notifier shows someone's notifications to them alone.
    HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(uri)
        .header("Authorization", stack.bearer(DemoUsers.get(perfusionistId))).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(200);
    return json(response.body());
  }

  private static HttpResponse<String> get(String url, String authorization) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url));
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static HttpResponse<String> tokenRequest(String form) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(URI.create(stack.identity().tokenUri()))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
  }

  /** What a browser asks before the web page on {@code origin} may send a token to {@code url}. */
  private static HttpResponse<Void> preflight(String url, String origin) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(URI.create(url)).method("OPTIONS", HttpRequest.BodyPublishers.noBody())
        .header("Origin", origin).header("Access-Control-Request-Method", "GET")
        .header("Access-Control-Request-Headers", "authorization").build(), HttpResponse.BodyHandlers.discarding());
  }

  private static JsonNode json(String body) {
    return EventCodec.mapper().readTree(body);
  }
}
