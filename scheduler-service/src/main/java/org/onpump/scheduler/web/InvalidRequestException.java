package org.onpump.scheduler.web;

import java.util.List;
import org.onpump.shared.event.FieldViolation;

/** A request with fields that are wrong; answered 400 with each field and why. */
public class InvalidRequestException extends RuntimeException {

  private final String title;
  private final transient List<FieldViolation> violations;

  public InvalidRequestException(String title, List<FieldViolation> violations) {
    super(title + ": " + violations);
    this.title = title;
    this.violations = List.copyOf(violations);
  }

  public String title() {
    return title;
  }

  public List<FieldViolation> violations() {
    return violations;
  }
}
