package org.onpump.scheduler.publication;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.onpump.scheduler.audit.WorkflowAudit;
import org.onpump.scheduler.cases.PumpCase;
import org.onpump.scheduler.department.HospitalDirectory;
import org.onpump.scheduler.replanning.HandEdits;
import org.onpump.scheduler.replanning.StoredRoster;
import org.onpump.scheduler.replanning.StoredRosters;
import org.onpump.scheduler.roster.BrokenRule;
import org.onpump.scheduler.roster.DepartmentRoster;
import org.onpump.scheduler.roster.Minutes;
import org.onpump.scheduler.roster.Seat;
import org.onpump.scheduler.web.ConflictException;
import org.onpump.scheduler.web.NotFoundException;
import org.onpump.shared.security.Caller;
import org.optaplanner.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import org.optaplanner.core.api.solver.SolutionManager;
import org.optaplanner.core.api.solver.SolverManager;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Publishes the draft roster of a run of days: the roster as stored (what the solver keeps improving, with the
 * manager's pins and edits) is scored by the solver's own rules, and if it breaks no hard rule it is written as the
 * department's next version, with an audit line and a digest to everyone it concerns, all in one transaction. A
 * roster that breaks a hard rule (competency, credential, student alone, rest...) is never published: the answer
 * lists every broken rule. Unfilled seats do not stop a publication; they are counted and shown as unfilled.
 */
@Service
public class RosterPublisher {

  private final HospitalDirectory directory;
  private final StoredRosters rosters;
  private final PublishedRosters published;
  private final PublishedDigests digests;
  private final WorkflowAudit audit;
  private final SolutionManager<DepartmentRoster, HardMediumSoftScore> solutions;
  private final JdbcClient jdbc;
  private final Clock clock;
  private final HandEdits edits;

  RosterPublisher(HospitalDirectory directory, StoredRosters rosters, PublishedRosters published,
      PublishedDigests digests, WorkflowAudit audit, SolverManager<DepartmentRoster, String> solverManager,
      JdbcClient jdbc, Clock clock, HandEdits edits) {
    this.edits = edits;
    this.directory = directory;
    this.rosters = rosters;
    this.published = published;
    this.digests = digests;
    this.audit = audit;
    this.solutions = SolutionManager.create(solverManager);
    this.jdbc = jdbc;
    this.clock = clock;
  }

  @Transactional
  public Publication publish(Caller caller, String departmentId, LocalDate firstDay, LocalDate endDay, String note) {
    if (!directory.lock(departmentId) || directory.hospitals(departmentId).isEmpty()) {
      throw new NotFoundException("Unknown department", "No department '" + departmentId + "' with a hospital is "
          + "known to OnPump");
    }
    Instant now = clock.instant();
    ZoneId zone = directory.hospitals(departmentId).get(0).zone();
    edits.lockPlan(departmentId);
    // A day either side, so that rest across the edges of the published days is judged too.
    StoredRoster stored = rosters.load(departmentId, firstDay.minusDays(1).atStartOfDay(zone).toInstant(),
        endDay.plusDays(1).atStartOfDay(zone).toInstant(), now);
    if (stored.hasSeats()) {
      BrokenRule.liftPinsNotBegun(stored.roster(), now);
    }
    List<Seat> seats = stored.hasSeats() ? stored.roster().getSeats().stream()
        .filter(seat -> !seat.getSlot().day().isBefore(firstDay) && seat.getSlot().day().isBefore(endDay)).toList()
        : List.of();
    List<String> ids = seats.stream().map(Seat::getId).toList();
    List<BrokenRule> broken = stored.hasSeats() ? BrokenRule.in(solutions.explain(stored.roster())).stream()
        .filter(rule -> rule.seatId() == null || ids.contains(rule.seatId())).toList() : List.of();
    if (!broken.isEmpty()) {
      throw new ConflictException("Roster breaks a hard rule", broken.size() + " hard rule match(es) on these days: "
          + broken.get(0).rule() + " (" + broken.get(0).seatId() + ", " + broken.get(0).perfusionistId() + ")"
          + (broken.size() > 1 ? " and more" : "") + ". Nothing was published; fix or unpin the seats first.",
          Map.of("brokenRules", broken));
    }
    List<PublishedSeat> before = published.departmentSeats(departmentId, firstDay, endDay);
    int version = jdbc.sql("SELECT coalesce(max(version), 0) + 1 FROM roster_publication WHERE department_id = ?")
        .param(departmentId).query(Integer.class).single();
    long soft = stored.hasSeats() ? stored.roster().getScore().softScore() : 0;
    jdbc.sql("""
        INSERT INTO roster_publication (department_id, version, first_day, end_day, published_by, published_at,
                                        note, soft_score)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(departmentId, version, firstDay, endDay, caller.subject(), Timestamp.from(now), note, soft).update();
    List<PublishedSeat> after = new ArrayList<>();
    for (Seat seat : seats) {
      PublishedSeat row = row(version, seat, stored);
      insert(departmentId, row);
      after.add(row);
    }
    int unfilled = (int) after.stream().filter(seat -> seat.perfusionistId() == null).count();
    Publication publication = new Publication(departmentId, version, firstDay, endDay, caller.subject(), now, note,
        soft, after.size(), unfilled, 0);
    int told = digests.tell(publication, before, after, stored.staff(), zone, now);
    audit.record(caller, departmentId, "PUBLISHED", "version " + version, firstDay + " to " + endDay
        + " (end exclusive): " + after.size() + " seats, " + unfilled + " unfilled, " + told + " people told", now);
    return new Publication(departmentId, version, firstDay, endDay, caller.subject(), now, note, soft, after.size(),
        unfilled, told);
  }

  private static PublishedSeat row(int version, Seat seat, StoredRoster stored) {
    PumpCase pumpCase = seat.getSlot().caseKey() == null ? null : stored.cases().get(seat.getSlot().caseKey());
    return new PublishedSeat(version, seat.getId(), seat.getKind().name(), seat.getSlot().hospital().id(),
        seat.getSlot().caseKey() == null ? null : seat.getSlot().caseKey().caseId(),
        pumpCase == null ? null : pumpCase.orRoom(), seat.getSlot().procedureType(), seat.getSlot().day(),
        Minutes.toInstant(seat.getStart()), Minutes.toInstant(seat.getEnd()), seat.getSlot().night(),
        seat.getSlot().weekend(), seat.getSlot().holiday(),
        seat.getPerfusionist() == null ? null : seat.getPerfusionist().id());
  }

  private void insert(String departmentId, PublishedSeat seat) {
    jdbc.sql("""
        INSERT INTO published_seat (department_id, version, seat_id, kind, hospital_id, case_id, or_room,
                                    procedure_type, day, starts_at, ends_at, night, weekend, holiday, perfusionist_id)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(departmentId, seat.version(), seat.seatId(), seat.kind(), seat.hospitalId(), seat.caseId(),
            seat.orRoom(), seat.procedureType(), seat.day(), Timestamp.from(seat.start()), Timestamp.from(seat.end()),
            seat.night(), seat.weekend(), seat.holiday(), seat.perfusionistId())
        .update();
  }
}
