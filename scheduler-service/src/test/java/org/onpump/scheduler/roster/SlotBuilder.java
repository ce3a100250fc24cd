package org.onpump.scheduler.roster;

import java.time.LocalDate;
import org.onpump.scheduler.cases.CaseKey;
import org.onpump.scheduler.department.Hospital;
import org.onpump.shared.event.Competency;

/** Builds a {@link Slot} for a test: an adult CPB case at General unless told otherwise. */
final class SlotBuilder {

  private final String name;
  private final SeatKind kind;
  private final boolean onCase;
  private final int start;
  private final int end;
  private Hospital hospital = Rosters.GENERAL;
  private String procedure = "CABG";
  private Competency competency = Competency.ADULT_CPB;
  private boolean night;
  private boolean weekend;
  private boolean holiday;
  private boolean paediatric;
  private boolean complex;
  private boolean boardEligibleMayLead = true;
  private int responseMinutes = Integer.MAX_VALUE;

  SlotBuilder(String name, SeatKind kind, boolean onCase, int start, int end) {
    this.name = name;
    this.kind = kind;
    this.onCase = onCase;
    this.start = start;
    this.end = end;
  }

  SlotBuilder at(Hospital hospital) {
    this.hospital = hospital;
    return this;
  }

  SlotBuilder procedure(String procedure, Competency competency) {
    this.procedure = procedure;
    this.competency = competency;
    return this;
  }

  SlotBuilder competency(Competency competency) {
    this.competency = competency;
    return this;
  }

  SlotBuilder night() {
    this.night = true;
    return this;
  }

  SlotBuilder weekend() {
    this.weekend = true;
    return this;
  }

  SlotBuilder holiday() {
    this.holiday = true;
    return this;
  }

  SlotBuilder paediatric() {
    this.paediatric = true;
    return this;
  }

  SlotBuilder complex() {
    this.complex = true;
    return this;
  }

  SlotBuilder boardEligibleMayNotLead() {
    this.boardEligibleMayLead = false;
    return this;
  }

  SlotBuilder responseMinutes(int minutes) {
    this.responseMinutes = minutes;
    return this;
  }

  Slot build() {
    CaseKey caseKey = onCase ? new CaseKey(hospital.id(), name) : null;
    String id = onCase ? caseKey + "/" + kind : hospital.id() + "/" + name + "/" + kind;
    LocalDate day = Minutes.toInstant(start).atZone(hospital.zone()).toLocalDate();
    return new Slot(id, kind, caseKey, hospital, procedure, competency, start, end, day, Rosters.PERIOD.weekOf(day),
        night, weekend, holiday, paediatric, complex, boardEligibleMayLead, responseMinutes);
  }
}
