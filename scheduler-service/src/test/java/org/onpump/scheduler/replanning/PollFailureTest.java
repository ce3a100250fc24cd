package org.onpump.scheduler.replanning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.onpump.scheduler.department.HospitalDirectory;
import org.onpump.scheduler.replanning.PlanningProperties.Mode;
import org.onpump.shared.event.CaseCancelled;
import org.onpump.shared.event.CaseEvent;
import org.onpump.shared.event.OnPumpEvent;
import org.onpump.shared.kafka.Topics;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.kafka.listener.BatchListenerFailedException;

/**
 * A poll mixes departments. When one department fails part-way, the poll is retried from the earliest record not
 * handled, and the other departments' records in it are handled, not skipped. (Found by the fault test: a
 * PostgreSQL restart mid-poll skipped two records of the department handled after the failing one.) The
 * collaborators are mocks: what is under test is which records the listener hands on and which it reports.
 */
class PollFailureTest {

  private final DepartmentReplanning replanning = mock(DepartmentReplanning.class);
  private final CaseEventListener listener = new CaseEventListener(mock(HospitalDirectory.class), replanning,
      mock(RosterUpdate.class), mock(DepartmentOwnership.class), mock(DepartmentPlans.class),
      new PlanningProperties(Duration.ofDays(1), Duration.ofDays(14), Mode.REPRODUCIBLE, 200,
          Duration.ofSeconds(10)),
      mock(LivePlanPublisher.class));

  @Test
  void aDepartmentFailingPartWayNeitherStopsNorSkipsTheOthers() {
    CaseEvent north0 = cancelled("north");
    CaseEvent lakes1 = cancelled("lakes");
    CaseEvent north2 = cancelled("north");
    CaseEvent lakes3 = cancelled("lakes");
    doThrow(new DataAccessResourceFailureException("PostgreSQL is restarting"))
        .when(replanning).apply(eq("north"), eq(List.of(north2)));

    BatchListenerFailedException failed = catchThrowableOfType(BatchListenerFailedException.class,
        () -> listener.onCaseEvents(records(north0, lakes1, north2, lakes3), mock(Consumer.class)));

    assertThat(failed.getIndex()).isEqualTo(2);
    verify(replanning).apply("lakes", List.of(lakes1));
    verify(replanning).apply("lakes", List.of(lakes3));
  }

  @Test
  void theEarliestFailureIsReported() {
    CaseEvent north0 = cancelled("north");
    CaseEvent lakes1 = cancelled("lakes");
    CaseEvent north2 = cancelled("north");
    doThrow(new DataAccessResourceFailureException("down"))
        .when(replanning).apply(eq("north"), eq(List.of(north2)));
    doThrow(new DataAccessResourceFailureException("down"))
        .when(replanning).apply(eq("lakes"), eq(List.of(lakes1)));

    BatchListenerFailedException failed = catchThrowableOfType(BatchListenerFailedException.class,
        () -> listener.onCaseEvents(records(north0, lakes1, north2), mock(Consumer.class)));

    assertThat(failed.getIndex()).isEqualTo(1);
  }

  private static CaseEvent cancelled(String departmentId) {
    return new CaseCancelled(UUID.randomUUID(), Instant.parse("2026-11-23T10:39:00Z"), "test",
        departmentId + "-general", departmentId, OnPumpEvent.SCHEMA_VERSION, "C-1");
  }

  private static List<ConsumerRecord<String, OnPumpEvent>> records(CaseEvent... events) {
    return IntStream.range(0, events.length)
        .mapToObj(i -> new ConsumerRecord<String, OnPumpEvent>(Topics.CASE_EVENTS, 2, 100 + i,
            events[i].departmentId(), events[i]))
        .toList();
  }
}
