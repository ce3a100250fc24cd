package org.onpump.scheduler.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onpump.scheduler.roster.Rosters.MONDAY;
import static org.onpump.scheduler.roster.Rosters.at;
import static org.onpump.scheduler.roster.Rosters.ccp;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.onpump.scheduler.staff.Perfusionist;
import org.optaplanner.core.api.solver.SolverFactory;

/** A live plan takes each change as a problem change and repairs the roster without starting over. */
class LivePlanTest {

  private final ExecutorService threads = Executors.newCachedThreadPool();
  private final SolverFactory<DepartmentRoster> factory = SolverFactory.create(
      SolverConfiguration.liveConfig(new SolverProperties(Duration.ofSeconds(5), Duration.ofMillis(300))));
  private LivePlan plan;

  @AfterEach
  void stop() {
    if (plan != null) {
      plan.stop();
    }
    threads.shutdownNow();
  }

  @Test
  void aCaseAddedToARunningPlanIsFilledAndEarlierHoldersStay() throws InterruptedException {
    List<Perfusionist> staff = List.of(ccp("ana").build(), ccp("ben").build());
    Seat first = new Seat(Rosters.onCase("case-1", SeatKind.PRIMARY, at(MONDAY, 8), 120).build(), staff, null,
        null, false);
    plan = LivePlan.start("dept", factory, Rosters.roster(staff, List.of(), first), threads);
    DepartmentRoster initial = plan.awaitRepaired(plan.resync(Rosters.roster(staff, List.of(),
        new Seat(first.getSlot(), staff, null, null, false))), Duration.ofMillis(100), Duration.ofSeconds(5));
    assertThat(initial.getSeats()).allMatch(seat -> seat.getPerfusionist() != null);
    Perfusionist firstHolder = initial.getSeats().get(0).getPerfusionist();

    Seat second = new Seat(Rosters.onCase("case-2", SeatKind.PRIMARY, at(MONDAY, 8), 120).build(), staff, null,
        null, false);
    DepartmentRoster repaired = plan.awaitRepaired(plan.resync(Rosters.roster(staff, List.of(),
        new Seat(first.getSlot(), staff, firstHolder, firstHolder.id(), false), second)), Duration.ofMillis(100),
        Duration.ofSeconds(5));

    assertThat(repaired.getRevision()).isEqualTo(2);
    assertThat(repaired.getSeats()).hasSize(2).allMatch(seat -> seat.getPerfusionist() != null);
    assertThat(repaired.getSeats().get(0).getPerfusionist()).isEqualTo(firstHolder);
    assertThat(repaired.getScore().isFeasible()).isTrue();
  }
}
