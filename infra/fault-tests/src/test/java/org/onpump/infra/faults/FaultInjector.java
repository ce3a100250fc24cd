package org.onpump.infra.faults;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.IntSupplier;

/**
 * Strikes the faults one after another while the stream is being sent: each when its share of the stream has
 * gone out and the system has recovered from the one before (both services ready again).
 */
final class FaultInjector {

  private final CompletableFuture<List<Fault.Landed>> landed;

  private FaultInjector(CompletableFuture<List<Fault.Landed>> landed) {
    this.landed = landed;
  }

  static FaultInjector start(OnPumpRun run, List<Fault> faults, IntSupplier sent, int total) {
    ExecutorService thread = Executors.newSingleThreadExecutor(task -> {
      Thread injector = new Thread(task, "fault-injector");
      injector.setDaemon(true);
      return injector;
    });
    CompletableFuture<List<Fault.Landed>> landed =
        CompletableFuture.supplyAsync(() -> strike(run, faults, sent, total), thread);
    landed.whenComplete((done, failure) -> thread.shutdown());
    return new FaultInjector(landed);
  }

  private static List<Fault.Landed> strike(OnPumpRun run, List<Fault> faults, IntSupplier sent, int total) {
    List<Fault.Landed> landed = new ArrayList<>();
    for (Fault fault : faults) {
      int due = (int) Math.ceil(fault.at() * total);
      await(fault.name()).atMost(Duration.ofMinutes(30)).pollInterval(Duration.ofMillis(50))
          .until(() -> sent.getAsInt() >= due);
      int injectedAt = sent.getAsInt();
      long start = System.nanoTime();
      System.out.printf("[%s] %s at record %d of %d%n", run.name, fault.name(), injectedAt, total);
      fault.action().accept(run);
      run.scheduler.awaitReady();
      run.notifier.awaitReady();
      Fault.Landed done = new Fault.Landed(fault.name(), injectedAt, sent.getAsInt(),
          Duration.ofNanos(System.nanoTime() - start));
      System.out.printf("[%s] %s%n", run.name, done);
      landed.add(done);
    }
    return landed;
  }

  /** The faults as they landed, once all have struck and the system has recovered from them. */
  List<Fault.Landed> awaitLanded(Duration timeout) throws InterruptedException, ExecutionException,
      TimeoutException {
    return landed.get(timeout.toSeconds(), TimeUnit.SECONDS);
  }
}
