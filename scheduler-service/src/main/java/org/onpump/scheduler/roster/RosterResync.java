package org.onpump.scheduler.roster;

import java.util.ArrayList;
import java.util.List;
import org.optaplanner.core.api.solver.change.ProblemChange;
import org.optaplanner.core.api.solver.change.ProblemChangeDirector;

/**
 * Brings a running solver's roster up to date with the department as now stored (cases booked, moved, cancelled,
 * started; seats of days that came into the window), as one problem change: the solver keeps running, and goes on
 * from the stored roster, whose holders are what people were told. What the solver had found since and not stored
 * is dropped: a seat emptied because its holder broke a hard rule stays empty until the solver finds a safe holder,
 * rather than being handed back to the unsafe one. Every fact and seat goes through the director, so the
 * incremental score stays exact.
 */
final class RosterResync implements ProblemChange<DepartmentRoster> {

  private final DepartmentRoster fresh;
  private final long revision;

  RosterResync(DepartmentRoster fresh, long revision) {
    this.fresh = fresh;
    this.revision = revision;
  }

  @Override
  public void doChange(DepartmentRoster working, ProblemChangeDirector director) {
    for (Seat seat : List.copyOf(working.getSeats())) {
      director.removeEntity(seat, gone -> working.getSeats().remove(gone));
    }
    // The solution cloner shares fact lists between the working and the best solution: change copies only.
    working.setFacts(new ArrayList<>(working.getPerfusionists()), new ArrayList<>(working.getPumpMoments()),
        new ArrayList<>(working.getActivityTargets()));
    replaceFacts(working.getPerfusionists(), fresh.getPerfusionists(), director);
    replaceFacts(working.getPumpMoments(), fresh.getPumpMoments(), director);
    replaceFacts(working.getActivityTargets(), fresh.getActivityTargets(), director);
    for (Seat seat : fresh.getSeats()) {
      director.addEntity(seat, added -> working.getSeats().add(added));
    }
    working.setRevision(revision);
  }

  private static <T> void replaceFacts(List<T> working, List<T> fresh, ProblemChangeDirector director) {
    for (T fact : List.copyOf(working)) {
      director.removeProblemFact(fact, gone -> working.remove(gone));
    }
    for (T fact : fresh) {
      director.addProblemFact(fact, working::add);
    }
  }
}
