package org.onpump.scheduler.roster;

/**
 * A moment when work starts, for the N + 1 rule: at most {@code capacity} qualified perfusionists may be occupied
 * then, so that one more stays free to respond. Capacity is everyone qualified, certified and not off, minus one.
 *
 * @param minute in {@link Minutes}
 * @param pinnedOccupied people occupied then by pinned work (what happens in the OR is never held against a roster)
 */
public record PumpMoment(int minute, int capacity, int pinnedOccupied) {

  /** People short of the spare one when {@code occupied} are busy, counting only work beyond the pinned. */
  public int shortfall(int occupied) {
    return occupied - Math.max(capacity, pinnedOccupied);
  }
}
