package org.onpump.shared.event;

/** One field of an event and why it is not acceptable. {@code field} is a JSON path such as {@code plannedStart}. */
public record FieldViolation(String field, String message) implements java.io.Serializable {

  @Override
  public String toString() {
    return field + ": " + message;
  }
}
