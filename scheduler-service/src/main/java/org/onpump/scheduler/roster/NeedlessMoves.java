package org.onpump.scheduler.roster;

import java.util.List;
import java.util.Objects;
import org.onpump.scheduler.staff.Perfusionist;
import org.optaplanner.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.impl.score.director.InnerScoreDirector;
import org.optaplanner.core.impl.score.director.InnerScoreDirectorFactory;
import org.optaplanner.core.impl.solver.DefaultSolverFactory;

/**
 * Undoes what a time-bounded search moved for nothing. Late acceptance takes worse steps for a while after every
 * gain, so a repaired roster that fills one more seat can carry hundreds of unrelated moves away from what people
 * were told; each would be an announcement and an email. This gives every moved seat back to its published holder
 * (or swaps two moved seats back) whenever the roster's score does not get worse by it, and keeps the rest.
 * Scores are incremental, so a pass over an M department takes milliseconds.
 */
final class NeedlessMoves {

  private static final String VARIABLE = "perfusionist";
  private static final int ROUNDS = 3;

  private final InnerScoreDirectorFactory<DepartmentRoster, HardMediumSoftScore> scoring;

  NeedlessMoves(SolverFactory<DepartmentRoster> solverFactory) {
    // Internal API: the solver's own incremental scoring, so a pass costs one score delta per try.
    this.scoring = ((DefaultSolverFactory<DepartmentRoster>) solverFactory).getScoreDirectorFactory();
  }

  /** Restores published holders where that costs nothing; returns how many seats went back. */
  int undo(DepartmentRoster roster) {
    int restored = 0;
    try (InnerScoreDirector<DepartmentRoster, HardMediumSoftScore> director = scoring.buildScoreDirector(false,
        false)) {
      director.setWorkingSolution(roster);
      HardMediumSoftScore score = director.calculateScore();
      for (int round = 0, inRound = -1; round < ROUNDS && inRound != 0; round++) {
        inRound = 0;
        for (Seat seat : roster.getSeats()) {
          Perfusionist published = publishedHolder(seat);
          if (published == null || seat.isPinned() || published.equals(seat.getPerfusionist())) {
            continue;
          }
          HardMediumSoftScore after = giveBack(director, roster, seat, published, score);
          if (after != null) {
            score = after;
            inRound++;
          }
        }
        restored += inRound;
      }
      roster.setScore(score);
    }
    return restored;
  }

  /** The new score if the seat went back (alone, or by a swap with the seat its holder took), else null. */
  private static HardMediumSoftScore giveBack(InnerScoreDirector<DepartmentRoster, HardMediumSoftScore> director,
      DepartmentRoster roster, Seat seat, Perfusionist published, HardMediumSoftScore score) {
    Perfusionist current = seat.getPerfusionist();
    set(director, seat, published);
    HardMediumSoftScore alone = director.calculateScore();
    if (alone.compareTo(score) > 0) {
      return alone;
    }
    for (Seat other : seatsHeldBy(roster, published, seat)) {
      if (!other.isPinned() && current != null && Objects.equals(publishedHolder(other), current)) {
        set(director, other, current);
        HardMediumSoftScore swapped = director.calculateScore();
        if (swapped.compareTo(score) > 0) {
          return swapped;
        }
        set(director, other, published);
      }
    }
    set(director, seat, current);
    director.calculateScore();
    return null;
  }

  private static List<Seat> seatsHeldBy(DepartmentRoster roster, Perfusionist person, Seat except) {
    return roster.getSeats().stream()
        .filter(other -> other != except && person.equals(other.getPerfusionist()))
        .toList();
  }

  private static Perfusionist publishedHolder(Seat seat) {
    String id = seat.getPublishedHolderId();
    return id == null ? null
        : seat.getEligible().stream().filter(person -> person.id().equals(id)).findFirst().orElse(null);
  }

  private static void set(InnerScoreDirector<DepartmentRoster, HardMediumSoftScore> director, Seat seat,
      Perfusionist person) {
    director.beforeVariableChanged(seat, VARIABLE);
    seat.setPerfusionist(person);
    director.afterVariableChanged(seat, VARIABLE);
    director.triggerVariableListeners();
  }
}
