package org.onpump.scheduler.web;

/** Something the request names does not exist; answered 404. */
public class NotFoundException extends RuntimeException {

  private final String title;

  public NotFoundException(String title, String detail) {
    super(detail);
    this.title = title;
  }

  public String title() {
    return title;
  }
}
