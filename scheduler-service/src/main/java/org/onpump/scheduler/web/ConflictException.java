package org.onpump.scheduler.web;

import java.util.Map;

/**
 * The request is well formed but cannot be done as things stand (it would break a hard rule, or the thing has
 * moved on); answered 409 with the reason, and with {@code properties} (such as the broken rules) in the body.
 * Nothing was changed.
 */
public class ConflictException extends RuntimeException {

  private final String title;
  private final Map<String, Object> properties;

  public ConflictException(String title, String detail) {
    this(title, detail, Map.of());
  }

  public ConflictException(String title, String detail, Map<String, Object> properties) {
    super(detail);
    this.title = title;
    this.properties = Map.copyOf(properties);
  }

  public String title() {
    return title;
  }

  public Map<String, Object> properties() {
    return properties;
  }
}
