package org.onpump.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.onpump.shared.event.AssignmentChanged;
import org.onpump.shared.event.CaseScheduled;
import org.onpump.shared.event.Competency;
import org.onpump.shared.event.FieldViolation;
import org.onpump.shared.event.OnPumpEvent;
import org.onpump.shared.event.StaffMember;
import org.onpump.shared.json.EventCodec;
import org.onpump.shared.json.InvalidEventException;

class EventCodecTest {

  private static final String SCHEDULED = """
      {"type":"CaseScheduled","eventId":"3f1c6d2e-8a4b-4c1e-9f0a-2b7d5e6c8a91",
       "occurredAt":"2026-11-22T18:00:00Z","source":"or-system","hospitalId":"st-mary",
       "departmentId":"demo-cardiac","schemaVersion":1,"caseId":"C-1001","procedureType":"CABG",
       "requiredCompetency":"ADULT_CPB","orRoom":"OR-1","plannedStart":"2026-11-23T12:30:00Z",
       "plannedDurationMinutes":240,"hospitalTimeZone":"America/New_York"}""";

  @Test
  void aCaseScheduledEventSurvivesARoundTripUnchanged() {
    OnPumpEvent event = EventCodec.read(SCHEDULED);

    assertThat(event).isInstanceOf(CaseScheduled.class);
    CaseScheduled scheduled = (CaseScheduled) event;
    assertThat(scheduled.requiredCompetency()).isEqualTo(Competency.ADULT_CPB);
    assertThat(scheduled.plannedEnd()).isEqualTo(Instant.parse("2026-11-23T16:30:00Z"));
    assertThat(EventCodec.read(EventCodec.toJson(event))).isEqualTo(event);
    assertThat(EventCodec.toJson(event)).contains("\"type\":\"CaseScheduled\"").contains("\"2026-11-23T12:30:00Z\"");
  }

  @Test
  void malformedJsonIsRejectedWithItsPosition() {
    assertThat(violations("{\"type\": \"CaseScheduled\",")).singleElement()
        .satisfies(v -> assertThat(v.field()).isEqualTo("$"))
        .satisfies(v -> assertThat(v.message()).startsWith("malformed JSON at line 1"));
  }

  @Test
  void everyMissingFieldIsNamed() {
    String withoutStartAndRoom = SCHEDULED.replace("\"orRoom\":\"OR-1\",", "")
        .replace("\"plannedStart\":\"2026-11-23T12:30:00Z\",", "");

    assertThat(violations(withoutStartAndRoom)).extracting(FieldViolation::field)
        .containsExactlyInAnyOrder("orRoom", "plannedStart");
  }

  @Test
  void anUnknownEventTypeIsRejectedOnTheTypeField() {
    assertThat(violations(SCHEDULED.replace("\"CaseScheduled\"", "\"CaseExploded\""))).singleElement()
        .satisfies(v -> assertThat(v.field()).isEqualTo("type"))
        .satisfies(v -> assertThat(v.message()).contains("'CaseExploded'").contains("CaseRescheduled"));
  }

  @Test
  void aCaseThatWouldEndBeforeItStartsIsRejected() {
    assertThat(violations(SCHEDULED.replace("240", "-30"))).singleElement()
        .satisfies(v -> assertThat(v.field()).isEqualTo("plannedDurationMinutes"));

    String ended = """
        {"type":"CaseEnded","eventId":"3f1c6d2e-8a4b-4c1e-9f0a-2b7d5e6c8a92","occurredAt":"2026-11-23T16:00:00Z",
         "source":"or-system","hospitalId":"st-mary","departmentId":"demo-cardiac","schemaVersion":1,
         "caseId":"C-1001","startedAt":"2026-11-23T12:30:00Z","endedAt":"2026-11-23T11:00:00Z"}""";
    assertThat(violations(ended)).singleElement()
        .satisfies(v -> assertThat(v.field()).isEqualTo("endedAt"));
  }

  @Test
  void wrongValueFormsAndUnknownFieldsAreNamed() {
    assertThat(violations(SCHEDULED.replace("\"2026-11-23T12:30:00Z\"", "\"tomorrow\""))).singleElement()
        .satisfies(v -> assertThat(v.field()).isEqualTo("plannedStart"));
    assertThat(violations(SCHEDULED.replace("\"ADULT_CPB\"", "\"HEART\""))).singleElement()
        .satisfies(v -> assertThat(v.field()).isEqualTo("requiredCompetency"))
        .satisfies(v -> assertThat(v.message()).contains("PAEDIATRIC_CPB"));
    assertThat(violations(SCHEDULED.replace("\"caseId\"", "\"patientName\":\"Jane Doe\",\"caseId\"")))
        .singleElement().satisfies(v -> assertThat(v.field()).isEqualTo("patientName"));
    assertThat(violations(SCHEDULED.replace("America/New_York", "Mars/Olympus"))).singleElement()
        .satisfies(v -> assertThat(v.field()).isEqualTo("hospitalTimeZone"));
    assertThat(violations(SCHEDULED.replace("America/New_York", "-05:00"))).singleElement()
        .satisfies(v -> assertThat(v.field()).isEqualTo("hospitalTimeZone"));
    assertThat(violations(SCHEDULED.replace("2026-11-23T12:30:00Z", "+300000-01-01T00:00:00Z"))).singleElement()
        .satisfies(v -> assertThat(v.field()).isEqualTo("plannedStart"));
    assertThat(violations(SCHEDULED.replace("\"C-1001\"", "\"Jane Doe\""))).singleElement()
        .satisfies(v -> assertThat(v.field()).isEqualTo("caseId"));
  }

  @Test
  void anAssignmentChangeAffectsWhoeverLostAndWhoeverGotTheCase() {
    StaffMember ana = new StaffMember("p-ana", "Ana", "ana@example.org");
    StaffMember ben = new StaffMember("p-ben", "Ben", "ben@example.org");

    assertThat(change(null, ana).affected()).containsExactly(ana);
    assertThat(change(ana, ben).affected()).containsExactly(ana, ben);
    assertThat(change(ana, null).affected()).containsExactly(ana);
    assertThat(change(ana, ana).affected()).containsExactly(ana);
  }

  private static AssignmentChanged change(StaffMember before, StaffMember after) {
    return new AssignmentChanged(UUID.randomUUID(), Instant.now(), "onpump-scheduler", "st-mary", "demo-cardiac", 1,
        UUID.randomUUID(), "C-1", AssignmentChanged.AssignmentRole.PRIMARY,
        after == null ? AssignmentChanged.ChangeReason.UNFILLED : AssignmentChanged.ChangeReason.ASSIGNED, "CABG", "OR-1", Instant.now(), 60,
        "UTC", before, after);
  }

  private static List<FieldViolation> violations(String json) {
    try {
      EventCodec.read(json);
    } catch (InvalidEventException e) {
      return e.violations();
    }
    throw new AssertionError("accepted: " + json);
  }

  @Test
  void aValidEventHasNoViolations() {
    assertThatNoException().isThrownBy(() -> EventCodec.read(SCHEDULED));
  }
}
