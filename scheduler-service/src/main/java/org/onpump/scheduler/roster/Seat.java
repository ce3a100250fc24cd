package org.onpump.scheduler.roster;

import java.util.ArrayList;
import java.util.List;
import org.onpump.scheduler.staff.Perfusionist;
import org.optaplanner.core.api.domain.entity.PlanningEntity;
import org.optaplanner.core.api.domain.entity.PlanningPin;
import org.optaplanner.core.api.domain.lookup.PlanningId;
import org.optaplanner.core.api.domain.valuerange.ValueRangeProvider;
import org.optaplanner.core.api.domain.variable.PlanningVariable;

/**
 * One seat on the roster and who holds it: the thing the solver fills. It may stay empty: an unfillable seat is
 * reported, never dropped. The solver only offers people who meet the seat's own rules; a pinned seat (a started
 * case, or a manager's pin) keeps its holder.
 */
@PlanningEntity
public class Seat {

  @PlanningId
  private String id;
  private Slot slot;
  private String publishedHolderId;
  @PlanningPin
  private boolean pinned;
  private List<PumpMoment> coveredMoments = List.of();
  @ValueRangeProvider(id = "eligible")
  private List<Perfusionist> eligible;

  @PlanningVariable(nullable = true, valueRangeProviderRefs = "eligible")
  private Perfusionist perfusionist;

  Seat() {
    // for the solver's cloning
  }

  /**
   * @param staff everyone who could be offered; only those the slot admits are (plus a pinned holder)
   * @param holder who holds the seat now (null: nobody)
   * @param publishedHolderId who was announced for it; moving it away costs stability
   */
  public Seat(Slot slot, List<Perfusionist> staff, Perfusionist holder, String publishedHolderId, boolean pinned) {
    this.id = slot.id();
    this.slot = slot;
    this.publishedHolderId = publishedHolderId;
    this.pinned = pinned && holder != null;
    this.eligible = new ArrayList<>(staff.stream().filter(slot::admits).toList());
    if (holder != null && !eligible.contains(holder)) {
      this.eligible.add(holder);
    }
    this.perfusionist = holder;
  }

  /** A seat of its own with the same slot, candidates and holder: for a roster the solver no longer touches. */
  Seat copy() {
    Seat copy = new Seat();
    copy.id = id;
    copy.slot = slot;
    copy.publishedHolderId = publishedHolderId;
    copy.pinned = pinned;
    copy.coveredMoments = coveredMoments;
    copy.eligible = eligible;
    copy.perfusionist = perfusionist;
    return copy;
  }

  public String getId() {
    return id;
  }

  public Slot getSlot() {
    return slot;
  }

  public SeatKind getKind() {
    return slot.kind();
  }

  public int getStart() {
    return slot.start();
  }

  public int getEnd() {
    return slot.end();
  }

  public int getMinutes() {
    return slot.minutes();
  }

  public boolean isPinned() {
    return pinned;
  }

  /** Pins or frees the seat; a hand edit is judged unpinned (a pinned seat's own rules are not held against it). */
  public void setPinned(boolean pinned) {
    this.pinned = pinned;
  }

  /** The N + 1 moments during this seat's work (none for on call). */
  public List<PumpMoment> getCoveredMoments() {
    return coveredMoments;
  }

  void setCoveredMoments(List<PumpMoment> coveredMoments) {
    this.coveredMoments = List.copyOf(coveredMoments);
  }

  public List<Perfusionist> getEligible() {
    return eligible;
  }

  public Perfusionist getPerfusionist() {
    return perfusionist;
  }

  public void setPerfusionist(Perfusionist perfusionist) {
    this.perfusionist = perfusionist;
  }

  public String getPublishedHolderId() {
    return publishedHolderId;
  }

  /** Whether the seat went to someone other than the announced holder (or to nobody). */
  boolean movedFromPublishedHolder() {
    return publishedHolderId != null && (perfusionist == null || !publishedHolderId.equals(perfusionist.id()));
  }

  /** Same case (never true for seats off a case). */
  boolean sharesCaseWith(Seat other) {
    return slot.caseKey() != null && slot.caseKey().equals(other.slot.caseKey());
  }

  @Override
  public String toString() {
    return id + " -> " + perfusionist;
  }

  /** Seats are equal by id: a live plan's changes look the working seat up by it. */
  @Override
  public boolean equals(Object other) {
    return other instanceof Seat seat && id.equals(seat.id);
  }

  @Override
  public int hashCode() {
    return id.hashCode();
  }
}
