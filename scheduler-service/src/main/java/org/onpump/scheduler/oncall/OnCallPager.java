package org.onpump.scheduler.oncall;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.onpump.scheduler.department.HospitalDirectory;
import org.onpump.scheduler.outbox.OutboxRepository;
import org.onpump.scheduler.staff.Perfusionist;
import org.onpump.scheduler.staff.StaffRepository;
import org.onpump.scheduler.web.NotFoundException;
import org.onpump.shared.event.NotificationRequested;
import org.onpump.shared.event.OnPumpEvent;
import org.onpump.shared.event.PageRequest;
import org.onpump.shared.kafka.Topics;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.web.server.ResponseStatusException;

/**
 * Pages whoever is on call at a hospital now: first call, else second call, else the chief perfusionist, with the
 * others (in that order) as the page's escalation. The page goes through the outbox like every other message.
 */
@Service
public class OnCallPager {

  private final HospitalDirectory directory;
  private final OnCallRepository seats;
  private final StaffRepository staff;
  private final OutboxRepository outbox;
  private final Clock clock;

  OnCallPager(HospitalDirectory directory, OnCallRepository seats, StaffRepository staff, OutboxRepository outbox,
      Clock clock) {
    this.directory = directory;
    this.seats = seats;
    this.staff = staff;
    this.outbox = outbox;
    this.clock = clock;
  }

  Paged page(String hospitalId, String departmentId, UUID requestId, String reason, String callback) {
    if (!directory.departmentOf(hospitalId).filter(departmentId::equals).isPresent()) {
      throw new NotFoundException("Unknown hospital or department",
          "No hospital '" + hospitalId + "' is staffed by a department '" + departmentId + "' in OnPump");
    }
    Instant now = clock.instant();
    Map<String, Perfusionist> people = staff.departmentStaff(departmentId).stream()
        .collect(Collectors.toMap(Perfusionist::id, Function.identity()));
    Map<PageRequest.Role, Perfusionist> chain = new LinkedHashMap<>();
    Optional<Perfusionist> first = holder(hospitalId, OnCallSeat.Role.FIRST_CALL, now, people);
    holder(hospitalId, OnCallSeat.Role.SECOND_CALL, now, people)
        .ifPresent(p -> chain.put(PageRequest.Role.SECOND_CALL, p));
    directory.chiefOf(departmentId).map(people::get).ifPresent(p -> chain.put(PageRequest.Role.CHIEF, p));
    Perfusionist paged = first.orElseGet(() -> chain.values().stream().findFirst().orElseThrow(() ->
        new ResponseStatusException(HttpStatus.CONFLICT, "Nobody can be paged: no first or second call covers "
            + hospitalId + " now and the department names no chief perfusionist. Call the department.")));
    List<PageRequest.Escalation> escalation = new ArrayList<>();
    chain.forEach((role, person) -> {
      boolean named = escalation.stream().anyMatch(e -> e.person().perfusionistId().equals(person.id()));
      if (!person.equals(paged) && !named) {
        escalation.add(new PageRequest.Escalation(role, person.toStaffMember()));
      }
    });
    UUID pageId = UUID.nameUUIDFromBytes(("on-call-page:" + hospitalId + ":" + departmentId + ":" + requestId)
        .getBytes(StandardCharsets.UTF_8));
    String message = "You are paged as the perfusionist on call at " + hospitalId + ": " + reason
        + (callback == null || callback.isBlank() ? "" : ". Call back: " + callback)
        + ". Acknowledge this page.";
    // A retried request (the same requestId) queues nothing more: the page's id is derived from it.
    outbox.appendOnce(Topics.NOTIFICATION_REQUESTS, new NotificationRequested(pageId, now, "onpump-scheduler",
        hospitalId, departmentId, OnPumpEvent.SCHEMA_VERSION, requestId, paged.toStaffMember(),
        NotificationRequested.Urgency.URGENT, "ON-CALL page for " + hospitalId, message,
        new PageRequest(PageRequest.Kind.ON_CALL, escalation)), true, now);
    return new Paged(pageId, paged.id(), escalation.stream()
        .map(e -> e.role() + " " + e.person().perfusionistId()).toList());
  }

  private Optional<Perfusionist> holder(String hospitalId, OnCallSeat.Role role, Instant now,
      Map<String, Perfusionist> people) {
    return seats.holderAt(hospitalId, role, now).map(OnCallView::perfusionistId).map(people::get);
  }

  /** What the caller gets back: the page (at the notifier), who was paged, and who it escalates to. */
  public record Paged(UUID pageId, String paged, List<String> escalation) {}
}
