package org.onpump.infra.faults;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * Sends the stream through a fresh system, with or without faults, waits until the system is quiet and takes
 * what it left behind.
 */
final class FaultRun {

  private FaultRun() {}

  /** What one run left behind, where its faults landed, how many times each service started, and how long it took. */
  record Result(String name, Snapshot snapshot, List<Fault.Landed> faults, int schedulerStarts,
      int notifierStarts, int mailsWhenNotifierDied, Duration streaming, Duration settling, Duration total) {

    @Override
    public String toString() {
      return name + ": " + total.toSeconds() + " s in all, stream sent in " + streaming.toSeconds()
          + " s, quiet " + settling.toSeconds() + " s after the last record; " + snapshot.caseSeats().size()
          + " case seats, " + snapshot.onCallSeats().size() + " on-call seats, " + snapshot.notifications().size()
          + " notifications, " + snapshot.mails().size() + " emails" + (faults.isEmpty() ? "" : "; " + faults);
    }
  }

  static Result run(String name, FaultSettings settings, List<Department> departments, List<StreamRecord> stream,
      List<Fault> faults) throws Exception {
    long start = System.nanoTime();
    Set<UUID> eventIds = eventIds(stream);
    try (OnPumpRun run = OnPumpRun.start(name, settings, departments);
        StreamProducer producer = new StreamProducer(run.broker.bootstrapServers())) {
      long streamStart = System.nanoTime();
      FaultInjector injector = faults.isEmpty() ? null
          : FaultInjector.start(run, faults, producer::sent, stream.size());
      // Without faults there is nothing to time: the stream goes out as fast as the producer sends it.
      producer.send(stream, faults.isEmpty() ? Double.POSITIVE_INFINITY : settings.eventsPerSecond());
      long streamEnd = System.nanoTime();
      List<Fault.Landed> landed = injector == null ? List.of() : injector.awaitLanded(Duration.ofMinutes(15));
      producer.awaitAcknowledged();
      Quiescence.awaitQuiet(run, eventIds, settings.quietTimeout());
      long quiet = System.nanoTime();
      Result result = new Result(name, Snapshot.take(run), landed, run.scheduler.incarnations(),
          run.notifier.incarnations(), run.mailsWhenNotifierDied(), Duration.ofNanos(streamEnd - streamStart),
          Duration.ofNanos(quiet - streamEnd), Duration.ofNanos(System.nanoTime() - start));
      System.out.println("[" + name + "] " + result);
      return result;
    }
  }

  /** Every event id the stream carries (duplicates once; records that are not JSON carry none). */
  static Set<UUID> eventIds(List<StreamRecord> stream) {
    return Set.copyOf(stream.stream().map(StreamRecord::eventId).filter(Objects::nonNull).toList());
  }
}
