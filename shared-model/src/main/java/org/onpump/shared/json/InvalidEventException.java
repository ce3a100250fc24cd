package org.onpump.shared.json;

import java.util.List;
import org.onpump.shared.event.FieldViolation;

/** An event that cannot be accepted, with every field that is wrong and why. */
public class InvalidEventException extends RuntimeException {

  private final List<FieldViolation> violations;

  public InvalidEventException(List<FieldViolation> violations) {
    super("invalid event: " + violations);
    this.violations = List.copyOf(violations);
  }

  public List<FieldViolation> violations() {
    return violations;
  }
}
