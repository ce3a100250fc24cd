package org.onpump.scheduler.replanning;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.onpump.scheduler.oncall.OnCallRepository;
import org.onpump.scheduler.oncall.OnCallSeat;
import org.onpump.scheduler.outbox.OutboxRepository;
import org.onpump.scheduler.roster.Minutes;
import org.onpump.scheduler.roster.Seat;
import org.onpump.scheduler.roster.SolvedRoster;
import org.onpump.scheduler.staff.Perfusionist;
import org.onpump.shared.kafka.Topics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Stores the on-call seats whose holder the solve changed, and tells each person whose rota changed once per
 * replanning, in one routine notice listing every seat they gained or lost. A seat nobody could take is stored
 * empty, so that the rota shows the gap.
 */
@Component
class OnCallChanges {

  private static final Logger log = LoggerFactory.getLogger(OnCallChanges.class);

  private final OnCallRepository onCall;
  private final OutboxRepository outbox;

  OnCallChanges(OnCallRepository onCall, OutboxRepository outbox) {
    this.onCall = onCall;
    this.outbox = outbox;
  }

  /** Returns how many seats changed hands (or were stored for the first time). */
  int storeSolved(StoredRoster stored, SolvedRoster solved, UUID cause, Instant now) {
    Map<String, List<OnCallNotices.Change>> byPerson = new LinkedHashMap<>();
    int changes = 0;
    int open = 0;
    for (Seat seat : stored.roster().getSeats()) {
      if (!seat.getKind().isOnCall() || seat.getEnd() <= Minutes.of(now)) {
        continue;
      }
      OnCallSeat before = stored.onCallSeats().get(seat.getId());
      Perfusionist holder = solved.holders().get(seat.getId());
      String holderId = holder == null ? null : holder.id();
      String previousId = before == null ? null : before.perfusionistId();
      if (before != null && Objects.equals(previousId, holderId)) {
        continue;
      }
      OnCallSeat next = seat(seat, holderId);
      onCall.save(stored.departmentId(), next, now);
      changes++;
      open += holderId == null ? 1 : 0;
      ZoneId zone = seat.getSlot().hospital().zone();
      if (previousId != null) {
        byPerson.computeIfAbsent(previousId, id -> new ArrayList<>()).add(new OnCallNotices.Change(next, zone, false));
      }
      if (holderId != null) {
        byPerson.computeIfAbsent(holderId, id -> new ArrayList<>()).add(new OnCallNotices.Change(next, zone, true));
      }
    }
    byPerson.forEach((personId, personChanges) -> {
      Perfusionist person = stored.staff().get(personId);
      if (person != null) {
        outbox.append(Topics.NOTIFICATION_REQUESTS,
            OnCallNotices.of(stored.departmentId(), person, personChanges, cause, now), now);
      }
    });
    if (open > 0) {
      log.warn("Department {}: {} on-call seats could not be filled", stored.departmentId(), open);
    }
    return changes;
  }

  private static OnCallSeat seat(Seat seat, String holderId) {
    return new OnCallSeat(seat.getId(), seat.getSlot().hospital().id(), seat.getSlot().day(),
        seat.getSlot().night() ? OnCallSeat.Part.NIGHT : OnCallSeat.Part.DAY,
        OnCallSeat.Role.valueOf(seat.getKind().name()), Minutes.toInstant(seat.getStart()),
        Minutes.toInstant(seat.getEnd()), holderId);
  }
}
