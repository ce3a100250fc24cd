package org.onpump.scheduler.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onpump.scheduler.roster.Rosters.MONDAY;
import static org.onpump.scheduler.roster.Rosters.at;
import static org.onpump.scheduler.roster.Rosters.boardEligible;
import static org.onpump.scheduler.roster.Rosters.ccp;
import static org.onpump.scheduler.roster.Rosters.empty;
import static org.onpump.scheduler.roster.Rosters.onCallNight;
import static org.onpump.scheduler.roster.Rosters.onCase;
import static org.onpump.scheduler.roster.Rosters.published;
import static org.onpump.scheduler.roster.Rosters.roster;
import static org.onpump.scheduler.roster.Rosters.seat;
import static org.onpump.scheduler.roster.SeatKind.FIRST_CALL;
import static org.onpump.scheduler.roster.SeatKind.PRIMARY;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.onpump.scheduler.roster.ActivityTarget.ActivityKind;
import org.onpump.scheduler.staff.Perfusionist;
import org.optaplanner.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import org.optaplanner.core.api.solver.SolutionManager;

/**
 * Every rule together, as the solver scores a roster: safety first, then filling the seats, then the weighted goals;
 * and each match names the person and the seats it concerns, which is what explanations and the last safety net use.
 * Each rule alone is tested in {@link SeatRulesTest}, {@link TimelineRulesTest}, {@link FairnessGoalsTest} and
 * {@link PreferenceGoalsTest}.
 */
class RosterConstraintProviderTest {

  private final SolutionManager<DepartmentRoster, HardMediumSoftScore> solutions = Rosters.solutionManager();
  private final Perfusionist ana = ccp("ana").build();
  private final Perfusionist bo = boardEligible("bo").build();

  @Test
  void safetyOutweighsFillingWhichOutweighsEveryGoal() {
    // hard: a board-eligible primary on a transplant, 300 min: -300
    // medium: the empty first call: -1
    // soft: ana's 1 clinical activity of 5 needed +200; contract minutes worked 240 + 300 = +540;
    //       a complex case without a CCP -1,000; ana's seat was published to bo -10,000: -10,260
    Seat transplant = seat(onCase("tx", PRIMARY, at(MONDAY, 8), 300).complex().boardEligibleMayNotLead(), bo);
    Rosters.verifyAll(new ActivityTarget(ana, ActivityKind.CLINICAL, 5), transplant,
            published(onCase("c1", PRIMARY, at(MONDAY, 8), 240), ana, bo.id()), empty(onCallNight(FIRST_CALL, MONDAY)))
        .scores(HardMediumSoftScore.of(-300, -1, -10_260));
  }

  @Test
  void everyMatchNamesThePersonAndTheSeatsItConcerns() {
    Seat first = seat(onCase("c1", PRIMARY, at(MONDAY, 8), 240), ana);
    Seat second = seat(onCase("c2", PRIMARY, at(MONDAY, 11), 120), ana);

    var explanation = solutions.explain(roster(List.of(ana), List.of(), first, second));

    assertThat(explanation.getJustificationList(RuleMatch.class))
        .filteredOn(match -> match.detail().contains("two pumps"))
        .singleElement()
        .satisfies(match -> {
          assertThat(match.perfusionistId()).isEqualTo("ana");
          assertThat(match.seatIds()).containsExactlyInAnyOrder(first.getId(), second.getId());
        });
    assertThat(explanation.getScore().hardScore()).isEqualTo(-60);
  }
}
