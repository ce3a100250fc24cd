package org.onpump.scheduler.roster;

/**
 * A moment when pumps start running, for the N + 1 rule: at most {@code capacity} qualified perfusionists may be
 * occupied then, so that one more stays free to respond. Capacity is everyone qualified and not off, minus one.
 *
 * @param minute in {@link Minutes}
 */
public record PumpMoment(int minute, int capacity) {
}
