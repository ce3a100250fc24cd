package org.onpump.scheduler.roster;

import org.onpump.scheduler.roster.ActivityTarget.ActivityKind;
import org.optaplanner.core.api.score.stream.Constraint;
import org.optaplanner.core.api.score.stream.ConstraintFactory;
import org.optaplanner.core.api.score.stream.ConstraintProvider;

/**
 * Every rule and goal of a perfusion roster, in the words of a chief perfusionist. Hard rules make a roster safe
 * (a roster breaking one is never published); the medium rule fills every required seat; soft goals make it fair.
 * The list, with the sources of the numbers, is in docs/solver.md.
 */
public class RosterConstraintProvider implements ConstraintProvider {

  @Override
  public Constraint[] defineConstraints(ConstraintFactory factory) {
    return new Constraint[] {
      // Hard: each seat and its holder
      SeatRules.competency(factory),
      SeatRules.privileges(factory),
      SeatRules.licence(factory),
      SeatRules.certification(factory),
      SeatRules.credential(factory),
      SeatRules.boardEligiblePrimary(factory),
      SeatRules.firstCallResponse(factory),
      SeatRules.timeOff(factory),
      // Hard: a person's timeline and the department at a moment
      TimelineRules.onePumpAtATime(factory),
      TimelineRules.onCallTwiceAtOnce(factory),
      TimelineRules.rest(factory),
      TimelineRules.restAfterFirstCall(factory),
      TimelineRules.studentWithoutACcp(factory),
      TimelineRules.nPlusOne(factory),
      // Medium
      SeatRules.requiredSeatUnfilled(factory),
      // Soft
      Goals.fairNights(factory),
      Goals.fairWeekends(factory),
      Goals.fairHolidays(factory),
      Goals.towardTarget(factory, ActivityKind.CLINICAL, "CCP clinical activities on pace for the year"),
      Goals.towardTarget(factory, ActivityKind.PRIMARY, "CCP primary activities on pace for the year"),
      Goals.towardTarget(factory, ActivityKind.STUDENT_CASE, "Student cases toward the board exam"),
      Goals.towardTarget(factory, ActivityKind.STUDENT_PAEDIATRIC, "Student paediatric cases toward the board exam"),
      Goals.towardTarget(factory, ActivityKind.INDEPENDENT, "Board-eligible independent cases toward the exam"),
      Goals.preferredDayOff(factory),
      Goals.nightsAvoided(factory),
      Goals.preferredHospitals(factory),
      Goals.overContractHours(factory),
      Goals.contractHoursFilled(factory),
      Goals.ccpForComplexCases(factory),
      Goals.stability(factory)
    };
  }
}
