package org.onpump.shared.event;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The envelope every OnPump event carries: who sent what, about which hospital and department, and when.
 *
 * <p>The {@code type} property names the record; {@code eventId} makes redelivery harmless.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
@JsonSubTypes({
  @JsonSubTypes.Type(value = CaseScheduled.class, name = "CaseScheduled"),
  @JsonSubTypes.Type(value = CaseRescheduled.class, name = "CaseRescheduled"),
  @JsonSubTypes.Type(value = CaseCancelled.class, name = "CaseCancelled"),
  @JsonSubTypes.Type(value = CaseStarted.class, name = "CaseStarted"),
  @JsonSubTypes.Type(value = CaseEnded.class, name = "CaseEnded"),
  @JsonSubTypes.Type(value = EmergencyBypassRequested.class, name = "EmergencyBypassRequested"),
  @JsonSubTypes.Type(value = AssignmentChanged.class, name = "AssignmentChanged"),
  @JsonSubTypes.Type(value = NotificationRequested.class, name = "NotificationRequested")
})
public sealed interface OnPumpEvent permits CaseEvent, AssignmentChanged, NotificationRequested {

  /** The only schema version this contract reads and writes. */
  int SCHEMA_VERSION = 1;

  UUID eventId();

  Instant occurredAt();

  /** The system that produced the event, for example a hospital's OR scheduling system. */
  String source();

  String hospitalId();

  String departmentId();

  Integer schemaVersion();

  /** The event's type name, as written in the {@code type} property. */
  @JsonIgnore
  default String type() {
    return getClass().getSimpleName();
  }

  /** Department events share a partition so that a department's events stay in order. */
  @JsonIgnore
  default String partitionKey() {
    return departmentId();
  }

  /** What is wrong with this event, field by field; empty when it is valid. */
  List<FieldViolation> violations();
}
