package org.onpump.scheduler.cases;

import org.onpump.shared.event.CaseEvent;

/** A case as hospitals name it: the hospital's scheduling reference is unique within that hospital only. */
public record CaseKey(String hospitalId, String caseId) {

  public static CaseKey of(CaseEvent event) {
    return new CaseKey(event.hospitalId(), event.caseId());
  }

  @Override
  public String toString() {
    return hospitalId + "/" + caseId;
  }
}
