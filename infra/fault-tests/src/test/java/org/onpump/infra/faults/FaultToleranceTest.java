package org.onpump.infra.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.onpump.infra.faults.FaultRun.Result;
import org.onpump.infra.faults.StreamRecord.Kind;

/**
 * Issue 4's proof: the same stream of case events for several departments runs twice through the whole system,
 * once without faults and once while the scheduler is killed (kill -9) and restarted, the notifier is killed and
 * restarted, the Kafka broker is restarted and PostgreSQL is restarted, each at a different point mid-stream.
 * Afterwards the stored roster is the fault-free run's, every event is accounted for, and every person received
 * each notification exactly once. Size and pace: {@link FaultSettings}.
 */
class FaultToleranceTest {

  private static List<StreamRecord> stream;
  private static Result faultFree;
  private static Result withFaults;

  @BeforeAll
  static void runTheStreamWithoutAndWithFaults() throws Exception {
    FaultSettings settings = FaultSettings.fromSystemProperties();
    List<Department> departments = Department.first(settings.departments());
    stream = CaseStream.generate(settings.seed(), settings.events(), departments, settings.clock(),
        settings.horizon());
    System.out.println("Stream of " + stream.size() + " records for " + departments.size() + " departments at "
        + settings.eventsPerSecond() + "/s: " + CaseStream.mix(stream));
    faultFree = FaultRun.run("fault-free", settings, departments, stream, List.of());
    withFaults = FaultRun.run("with-faults", settings, departments, stream, List.of(
        Fault.schedulerKilled(0.15), Fault.notifierKilled(0.35), Fault.brokerRestarted(0.55),
        Fault.databaseRestarted(0.75)));
  }

  @Test
  void theFaultsStruckOneAfterAnotherWhileTheStreamWasFlowing() {
    assertThat(stream).hasSizeGreaterThanOrEqualTo(5000);
    assertThat(CaseStream.mix(stream).keySet()).containsExactlyInAnyOrder(Kind.values());
    assertThat(withFaults.faults()).hasSize(4).allSatisfy(fault -> assertThat(fault.sentWhenInjected())
        .as(fault.name() + " struck before the last record was sent").isLessThan(stream.size()));
    assertThat(withFaults.faults()).extracting(Fault.Landed::sentWhenInjected).isSorted().doesNotHaveDuplicates();
    assertThat(withFaults.schedulerStarts()).isEqualTo(2);
    assertThat(withFaults.notifierStarts()).isEqualTo(2);
  }

  @Test
  void theStoredCaseSeatsAreThoseOfTheFaultFreeRun() {
    assertThat(faultFree.snapshot().caseSeats()).isNotEmpty();
    assertThat(differences(faultFree.snapshot().caseSeats(), withFaults.snapshot().caseSeats()))
        .as("case seats that differ (seat: fault-free -> with faults)").isEmpty();
  }

  @Test
  void theStoredOnCallSeatsAreThoseOfTheFaultFreeRun() {
    assertThat(faultFree.snapshot().onCallSeats()).isNotEmpty();
    assertThat(differences(faultFree.snapshot().onCallSeats(), withFaults.snapshot().onCallSeats()))
        .as("on-call seats that differ (seat: fault-free -> with faults)").isEmpty();
  }

  @Test
  void theStoredCasesAreThoseOfTheFaultFreeRun() {
    assertThat(differences(faultFree.snapshot().cases(), withFaults.snapshot().cases()))
        .as("cases that differ (case: fault-free -> with faults)").isEmpty();
  }

  @Test
  void everyEventIdSentIsAccountedForOnceWithTheSameOutcomeAsWithoutFaults() {
    Set<UUID> sent = FaultRun.eventIds(stream);
    for (Result run : List.of(faultFree, withFaults)) {
      Set<UUID> rejected = run.snapshot().rejected().stream().map(Snapshot.Rejection::eventId)
          .filter(java.util.Objects::nonNull).collect(Collectors.toSet());
      assertThat(sent).as(run.name() + ": event ids neither processed nor rejected")
          .allMatch(id -> run.snapshot().processed().containsKey(id) || rejected.contains(id));
      assertThat(run.snapshot().rejected().stream().filter(r -> r.eventId() == null).count())
          .as(run.name() + ": records that are not JSON, rejected without an id")
          .isEqualTo(CaseStream.mix(stream).get(Kind.MALFORMED));
    }
    assertThat(differences(faultFree.snapshot().processed(), withFaults.snapshot().processed()))
        .as("events processed with another outcome (event: fault-free -> with faults)").isEmpty();
  }

  @Test
  void everyAnnouncementBecameOneNotificationForEachPersonItConcerns() {
    for (Result run : List.of(faultFree, withFaults)) {
      List<String> expected = Announcements.expectedNotifications(run.snapshot().announcements());
      assertThat(expected).as(run.name() + ": announcements").isNotEmpty();
      assertThat(Announcements.recordedNotifications(run.snapshot()))
          .as(run.name() + ": notifications per (announcing event, person)")
          .containsExactlyInAnyOrderElementsOf(expected);
      assertThat(run.snapshot().notifications()).as(run.name() + ": notifications not sent")
          .allMatch(n -> n.status().equals("SENT"));
    }
  }

  @Test
  void everyNotificationReachedThePersonsMailboxExactlyOnce() {
    for (Result run : List.of(faultFree, withFaults)) {
      Map<String, List<Mailbox.Mail>> mailsByNotification = run.snapshot().mails().stream()
          .collect(Collectors.groupingBy(mail -> String.valueOf(mail.notificationId())));
      Map<String, String> addressByNotification = run.snapshot().notifications().stream()
          .collect(Collectors.toMap(n -> n.id().toString(), Snapshot.Notification::address));
      assertThat(mailsByNotification.keySet()).as(run.name() + ": emails for no known notification")
          .containsExactlyInAnyOrderElementsOf(addressByNotification.keySet());
      assertThat(mailsByNotification.entrySet()).as(run.name() + ": notifications emailed other than once")
          .filteredOn(e -> e.getValue().size() != 1).isEmpty();
      assertThat(mailsByNotification.entrySet()).as(run.name() + ": emails to someone else")
          .allMatch(e -> e.getValue().get(0).to().equals(addressByNotification.get(e.getKey())));
    }
  }

  @Test
  void everyPersonWasToldExactlyWhatTheFaultFreeRunToldThem() {
    assertThat(told(withFaults)).as("what people were told (with faults vs fault-free)")
        .containsExactlyInAnyOrderElementsOf(told(faultFree));
  }

  private static List<String> told(Result run) {
    return run.snapshot().notifications().stream().map(Snapshot.Notification::told).toList();
  }

  /** {@code key: expected -> actual} for every key whose value differs or is missing on either side. */
  private static <K extends Comparable<K>> List<String> differences(Map<K, String> expected, Map<K, String> actual) {
    return java.util.stream.Stream.concat(expected.keySet().stream(), actual.keySet().stream()).distinct().sorted()
        .filter(key -> !java.util.Objects.equals(expected.get(key), actual.get(key)))
        .map(key -> key + ": " + expected.getOrDefault(key, "(none)") + " -> " + actual.getOrDefault(key, "(none)"))
        .toList();
  }
}
