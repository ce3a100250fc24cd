package org.onpump.scheduler.intake;

import org.onpump.scheduler.security.Access;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.onpump.scheduler.department.HospitalDirectory;
import org.onpump.shared.event.CaseCancelled;
import org.onpump.shared.event.CaseEnded;
import org.onpump.shared.event.CaseEvent;
import org.onpump.shared.event.CaseRescheduled;
import org.onpump.shared.event.CaseScheduled;
import org.onpump.shared.event.CaseStarted;
import org.onpump.shared.event.EmergencyBypassRequested;
import org.onpump.shared.event.FieldViolation;
import org.onpump.shared.event.OnPumpEvent;
import org.onpump.shared.json.EventCodec;
import org.onpump.shared.json.InvalidEventException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Where hospital systems post case events. The body is read by the shared {@link EventCodec}, so the contract's
 * field names and checks are the only ones; an accepted event is on Kafka before the 202 is sent.
 */
@RestController
class CaseEventController {

  static final List<String> CASE_EVENT_TYPES = Arrays.stream(
          OnPumpEvent.class.getAnnotation(JsonSubTypes.class).value())
      .filter(type -> CaseEvent.class.isAssignableFrom(type.value()))
      .map(JsonSubTypes.Type::name)
      .toList();

  private final HospitalDirectory directory;
  private final CaseEventPublisher publisher;
  private final Counter accepted;
  private final Counter rejected;

  private final Access access;

  CaseEventController(HospitalDirectory directory, CaseEventPublisher publisher, MeterRegistry meters,
      Access access) {
    this.access = access;
    this.directory = directory;
    this.publisher = publisher;
    this.accepted = Counter.builder("onpump.case.events.accepted")
        .description("Case events accepted by the REST intake").register(meters);
    this.rejected = Counter.builder("onpump.case.events.rejected")
        .description("Case events refused by the REST intake as invalid").register(meters);
  }

  @Operation(summary = "Post one case event (202: accepted; 400: invalid, nothing accepted; 503: retry later)")
  @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
      mediaType = "application/json",
      schema = @Schema(oneOf = {CaseScheduled.class, CaseRescheduled.class, CaseCancelled.class,
          CaseStarted.class, CaseEnded.class, EmergencyBypassRequested.class})))
  @PostMapping("/api/v1/case-events")
  ResponseEntity<CaseEventAccepted> accept(@RequestBody(required = false) byte[] body) {
    CaseEvent event = readCaseEvent(body == null ? new byte[0] : body);
    access.requireSystemOf(event.hospitalId());
    publisher.publish(event);
    accepted.increment();
    return ResponseEntity.accepted().body(CaseEventAccepted.of(event.eventId()));
  }

  private CaseEvent readCaseEvent(byte[] body) {
    try {
      OnPumpEvent event = EventCodec.parse(body);
      if (!(event instanceof CaseEvent caseEvent)) {
        throw new InvalidEventException(List.of(new FieldViolation("type",
            "'" + event.type() + "' is not a case event; expected one of " + CASE_EVENT_TYPES)));
      }
      // Every problem at once: the contract's, then whether OnPump knows the hospital (if it is a valid code).
      List<FieldViolation> violations = new ArrayList<>(caseEvent.violations());
      if (violations.stream().noneMatch(v -> v.field().equals("hospitalId") || v.field().equals("departmentId"))) {
        violations.addAll(directory.violations(caseEvent));
      }
      if (!violations.isEmpty()) {
        throw new InvalidEventException(violations);
      }
      return caseEvent;
    } catch (InvalidEventException e) {
      rejected.increment();
      throw e;
    }
  }
}
