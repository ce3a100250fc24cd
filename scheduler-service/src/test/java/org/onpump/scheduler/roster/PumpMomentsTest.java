package org.onpump.scheduler.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onpump.scheduler.roster.Rosters.MONDAY;
import static org.onpump.scheduler.roster.Rosters.POLICY;
import static org.onpump.scheduler.roster.Rosters.at;
import static org.onpump.scheduler.roster.Rosters.boardEligible;
import static org.onpump.scheduler.roster.Rosters.ccp;
import static org.onpump.scheduler.roster.Rosters.empty;
import static org.onpump.scheduler.roster.Rosters.onCallNight;
import static org.onpump.scheduler.roster.Rosters.onCase;
import static org.onpump.scheduler.roster.Rosters.pinned;
import static org.onpump.scheduler.roster.Rosters.shift;
import static org.onpump.scheduler.roster.Rosters.student;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.onpump.scheduler.staff.Credential;
import org.onpump.scheduler.staff.Perfusionist;
import org.onpump.scheduler.staff.TimeOff;
import org.onpump.shared.event.Competency;

/** The moments N + 1 checks, how many perfusionists may be occupied at each, and which seats cover which. */
class PumpMomentsTest {

  private final Perfusionist ana = ccp("ana").build();
  private final List<Perfusionist> staff = List.of(ana, boardEligible("bo").build(),
      Perfusionist.builder("lapsed", Credential.ccp(MONDAY.minusDays(1))).build(),
      ccp("away").timeOff(new TimeOff(Minutes.toInstant(at(MONDAY, 7)), Minutes.toInstant(at(MONDAY, 9)))).build(),
      student("sam").build());
  private final Seat early = empty(onCase("c0", SeatKind.PRIMARY, at(MONDAY, 6), 120));
  private final Seat ecmo = empty(shift("ecmo", SeatKind.ECMO, at(MONDAY, 7), 720).competency(Competency.ECMO_ADULT));
  private final Seat running = pinned(onCase("c1", SeatKind.PRIMARY, at(MONDAY, 8), 240), ana);
  private final Seat trainee = empty(onCase("c1", SeatKind.STUDENT, at(MONDAY, 8), 240));
  private final Seat standby = empty(onCase("c2", SeatKind.STANDBY, at(MONDAY, 10), 120));
  private final Seat night = empty(onCallNight(SeatKind.FIRST_CALL, MONDAY));

  @Test
  void everyStartOfWorkIsAMomentWhoseCapacityIsTheQualifiedPeopleAvailableLessTheSpare() {
    // 06:00: ana, bo and away (lapsed is not certified, a student is never the spare): 3 - 1
    // 07:00 and 08:00: away is off: 2 - 1; 10:00: away is back: 3 - 1; ana's running case is pinned work
    assertThat(PumpMoments.of(POLICY, staff, List.of(early, ecmo, running, trainee, standby, night)))
        .containsExactly(new PumpMoment(at(MONDAY, 6), 2, 0), new PumpMoment(at(MONDAY, 7), 1, 0),
            new PumpMoment(at(MONDAY, 8), 1, 1), new PumpMoment(at(MONDAY, 10), 2, 1));
  }

  @Test
  void eachSeatOfWorkCoversTheMomentsFromItsStartUntilBeforeItsEnd() {
    PumpMoments.of(POLICY, staff, List.of(early, ecmo, running, trainee, standby, night));

    assertThat(early.getCoveredMoments()).extracting(PumpMoment::minute).containsExactly(at(MONDAY, 6), at(MONDAY, 7));
    assertThat(ecmo.getCoveredMoments()).extracting(PumpMoment::minute)
        .containsExactly(at(MONDAY, 7), at(MONDAY, 8), at(MONDAY, 10));
    assertThat(standby.getCoveredMoments()).extracting(PumpMoment::minute).containsExactly(at(MONDAY, 10));
    assertThat(List.of(trainee, night)).as("a student and on call never occupy the spare")
        .allMatch(seat -> seat.getCoveredMoments().isEmpty());
  }
}
