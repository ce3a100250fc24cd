package org.onpump.notifier.delivery;

/** A message a channel could not hand over; {@code permanent}: trying this method again cannot help. */
public class DeliveryFailure extends Exception {

  private final boolean permanent;

  public DeliveryFailure(String message, boolean permanent) {
    super(message);
    this.permanent = permanent;
  }

  public boolean permanent() {
    return permanent;
  }
}
