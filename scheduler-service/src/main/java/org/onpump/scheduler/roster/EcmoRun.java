package org.onpump.scheduler.roster;

import java.time.Instant;
import org.onpump.shared.event.Competency;

/** A patient on ECMO at a hospital: covered around the clock, in shifts, by someone with the competency. */
public record EcmoRun(String id, String hospitalId, Instant start, Instant end, Competency competency) {
}
