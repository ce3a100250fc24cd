package org.onpump.scheduler.replanning;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.onpump.scheduler.department.HospitalDirectory;
import org.onpump.scheduler.replanning.PlanningProperties.Mode;
import org.onpump.shared.event.CaseEvent;
import org.onpump.shared.event.FieldViolation;
import org.onpump.shared.event.OnPumpEvent;
import org.onpump.shared.json.InvalidEventException;
import org.onpump.shared.kafka.Topics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.core.log.LogAccessor;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.event.ListenerContainerIdleEvent;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.kafka.support.serializer.DeserializationException;
import org.springframework.kafka.support.serializer.SerializationUtils;
import org.springframework.stereotype.Component;

/**
 * Consumes case events a poll at a time. Each department's events are applied in one transaction (in order; the
 * partition key is the department, so a case's events keep their order), then the department is replanned in a
 * second one; the offsets are committed after the listener returns, so after both. A crash between the two leaves
 * the department marked dirty in PostgreSQL, and it is replanned when this or another instance takes it over.
 * While catching up (a large poll, or a large lag on a partition) replanning waits for the backlog to drain. A
 * record that is not a valid case event of a known hospital is parked on the dead-letter topic and stored for an
 * operator; the records before it are processed first and the partition keeps flowing. When a department fails
 * (PostgreSQL restarting, say), the others in the poll are still handled and the poll is retried from the earliest
 * record not handled.
 */
@Component
class CaseEventListener {

  private static final LogAccessor LOG = new LogAccessor(CaseEventListener.class);
  private static final Logger log = LoggerFactory.getLogger(CaseEventListener.class);

  private final HospitalDirectory directory;
  private final DepartmentReplanning replanning;
  private final RosterUpdate rosterUpdate;
  private final DepartmentOwnership ownership;
  private final DepartmentPlans plans;
  private final PlanningProperties planning;
  private final LivePlanPublisher improvements;

  CaseEventListener(HospitalDirectory directory, DepartmentReplanning replanning, RosterUpdate rosterUpdate,
      DepartmentOwnership ownership, DepartmentPlans plans, PlanningProperties planning,
      LivePlanPublisher improvements) {
    this.improvements = improvements;
    this.directory = directory;
    this.replanning = replanning;
    this.rosterUpdate = rosterUpdate;
    this.ownership = ownership;
    this.plans = plans;
    this.planning = planning;
  }

  @KafkaListener(id = "case-events", idIsGroup = false, topics = Topics.CASE_EVENTS, batch = "true")
  void onCaseEvents(List<ConsumerRecord<String, OnPumpEvent>> records, Consumer<?, ?> consumer) {
    Map<String, List<Indexed>> byDepartment = new LinkedHashMap<>();
    int invalidIndex = -1;
    Exception invalid = null;
    for (int i = 0; i < records.size() && invalid == null; i++) {
      ConsumerRecord<String, OnPumpEvent> record = records.get(i);
      try {
        invalid = problemWith(record);
      } catch (RuntimeException lookupFailed) {
        // The hospital directory could not be read: process what came before, retry from this record.
        invalid = lookupFailed;
      }
      if (invalid != null) {
        invalidIndex = i;
      } else if (record.value() instanceof CaseEvent event) {
        byDepartment.computeIfAbsent(event.departmentId(), d -> new ArrayList<>()).add(new Indexed(i, event));
      }
    }
    BatchListenerFailedException failed = null;
    for (Map.Entry<String, List<Indexed>> department : byDepartment.entrySet()) {
      try {
        handle(department.getKey(), department.getValue());
      } catch (BatchListenerFailedException e) {
        // Departments are independent: the others go on. The poll is retried from the earliest record not
        // handled, never from a later one, or the records of a department handled after it would be skipped.
        failed = failed == null || e.getIndex() < failed.getIndex() ? e : failed;
      }
    }
    if (failed != null) {
      throw failed;
    }
    if (planning.mode() == Mode.LIVE && caughtUp(records.size(), consumer)) {
      replanDirty();
    }
    if (invalid != null) {
      ConsumerRecord<String, OnPumpEvent> parked = records.get(invalidIndex);
      log.warn("Record {}-{}@{} could not be accepted ({}); it is retried if that may help, else dead-lettered",
          parked.topic(), parked.partition(), parked.offset(), fields(invalid));
      throw new BatchListenerFailedException(invalid.getMessage(), invalid, invalidIndex);
    }
  }

  /**
   * With nothing to read, the departments left dirty (a catch-up, a crash, a failed replanning) are replanned, and
   * what the live plans found since is stored: on this thread, so it never races an event's replanning.
   */
  @EventListener(condition = "event.listenerId.startsWith('case-events')")
  void onIdle(ListenerContainerIdleEvent idle) {
    replanDirty();
    improvements.publishIfDue();
  }

  private void handle(String departmentId, List<Indexed> events) {
    int index = events.get(0).index();
    try {
      ownership.ensureOwned(departmentId);
      if (planning.mode() == Mode.REPRODUCIBLE) {
        // One event at a time, each replanned before the next: the roster depends on the events alone.
        for (Indexed event : events) {
          index = event.index();
          rosterUpdate.replan(departmentId);
          replanning.apply(departmentId, List.of(event.event()));
          rosterUpdate.replan(departmentId);
        }
      } else {
        replanning.apply(departmentId, events.stream().map(Indexed::event).toList());
      }
    } catch (RuntimeException e) {
      throw new BatchListenerFailedException("department " + departmentId + " failed: " + e, e, index);
    }
  }

  /**
   * Whether this poll leaves little behind: fewer records than a catch-up batch, and no more than that waiting on
   * any partition (a replay after a long outage arrives in polls of any size).
   */
  private boolean caughtUp(int polled, Consumer<?, ?> consumer) {
    if (polled >= planning.catchUpBatch()) {
      return false;
    }
    for (TopicPartition partition : consumer.assignment()) {
      OptionalLong lag = consumer.currentLag(partition);
      if (lag.isPresent() && lag.getAsLong() >= planning.catchUpBatch()) {
        return false;
      }
    }
    return true;
  }

  private void replanDirty() {
    List<String> dirty;
    try {
      dirty = plans.dirtyAmong(ownership.departments());
    } catch (RuntimeException e) {
      log.warn("Could not read which departments need replanning: {}", e.toString());
      return;
    }
    for (String departmentId : dirty) {
      try {
        rosterUpdate.replan(departmentId);
      } catch (RuntimeException e) {
        // It stays dirty in PostgreSQL and is tried again after the next poll or when idle.
        log.warn("Replanning department {} failed, trying again later: {}", departmentId, e.toString());
      }
    }
  }

  /** The contract's own reason ("eventId: is required") for a record the deserializer refused. */
  private static Exception contractReason(DeserializationException failure) {
    return failure.getCause() instanceof InvalidEventException reason ? reason : failure;
  }

  /** The names of the bad fields only: values may be anything a sender put there. */
  private static String fields(Exception invalid) {
    return invalid instanceof InvalidEventException event
        ? "bad fields " + event.violations().stream().map(FieldViolation::field).toList()
        : invalid.getClass().getSimpleName();
  }

  /** Why the record cannot be processed; null for a valid case event. An empty record is refused too. */
  private Exception problemWith(ConsumerRecord<String, OnPumpEvent> record) {
    if (record.value() == null) {
      DeserializationException failure = SerializationUtils.getExceptionFromHeader(record,
          SerializationUtils.VALUE_DESERIALIZER_EXCEPTION_HEADER, LOG);
      return failure == null
          ? new InvalidEventException(List.of(new FieldViolation("$", "the record is empty: no event")))
          : contractReason(failure);
    }
    if (!(record.value() instanceof CaseEvent event)) {
      return new InvalidEventException(List.of(new FieldViolation("type",
          "'" + record.value().type() + "' is not a case event")));
    }
    List<FieldViolation> violations = directory.violations(event);
    return violations.isEmpty() ? null : new InvalidEventException(violations);
  }

  /** A case event and its place in the poll. */
  private record Indexed(int index, CaseEvent event) {}
}
