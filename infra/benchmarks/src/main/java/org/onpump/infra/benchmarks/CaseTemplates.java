package org.onpump.infra.benchmarks;

import java.util.Comparator;
import java.util.List;
import java.util.function.UnaryOperator;
import org.onpump.scheduler.roster.DepartmentRoster;
import org.onpump.scheduler.roster.Minutes;
import org.onpump.scheduler.roster.SeatKind;
import org.onpump.scheduler.roster.Slot;

/**
 * The cases of a generated department, read back from its seats (the primary or stand-by seat of each case says
 * where, when and what), with the hospital ids of the seeded department and the dates moved by the seeder's shift.
 */
final class CaseTemplates {

  private CaseTemplates() {
  }

  static List<SeededDepartment.CaseTemplate> of(DepartmentRoster roster, UnaryOperator<String> hospitalId,
      DepartmentSeeder.Shift shift) {
    return roster.getSeats().stream()
        .map(seat -> seat.getSlot())
        .filter(slot -> slot.caseKey() != null && (slot.kind() == SeatKind.PRIMARY || slot.kind() == SeatKind.STANDBY))
        .map(slot -> template(slot, hospitalId, shift))
        .sorted(Comparator.comparing(SeededDepartment.CaseTemplate::plannedStart)
            .thenComparing(SeededDepartment.CaseTemplate::hospitalId)
            .thenComparing(SeededDepartment.CaseTemplate::caseId))
        .toList();
  }

  /** Generated case ids read {@code c-<date>-or<room>-<n>}: the date moves with the shift, the room is kept. */
  private static SeededDepartment.CaseTemplate template(Slot slot, UnaryOperator<String> hospitalId,
      DepartmentSeeder.Shift shift) {
    var start = shift.instant(Minutes.toInstant(slot.start()));
    String generated = slot.caseKey().caseId();
    String tail = generated.substring("c-yyyy-mm-dd-".length());
    String room = "OR-" + tail.substring(2, tail.indexOf('-'));
    String caseId = "c-" + start.atZone(slot.hospital().zone()).toLocalDate() + "-" + tail;
    return new SeededDepartment.CaseTemplate(hospitalId.apply(slot.hospital().id()), caseId, slot.procedureType(),
        slot.competency(), room, start, slot.end() - slot.start(), slot.hospital().zone());
  }
}
