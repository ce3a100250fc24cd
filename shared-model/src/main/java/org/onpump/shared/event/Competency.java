package org.onpump.shared.event;

/** What a perfusionist is competent to run, and what a case requires. */
public enum Competency {
  ADULT_CPB,
  PAEDIATRIC_CPB,
  ECMO_ADULT,
  ECMO_NEONATAL,
  IABP,
  VAD,
  TRANSPLANT,
  HIPEC,
  ISOLATED_LIMB_PERFUSION,
  AUTOTRANSFUSION
}
