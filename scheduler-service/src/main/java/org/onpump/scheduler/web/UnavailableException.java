package org.onpump.scheduler.web;

/** A part the request needs (the Kafka broker, say) does not answer; answered 503 so the caller retries. */
public class UnavailableException extends RuntimeException {

  private final String title;

  public UnavailableException(String title, String detail, Throwable cause) {
    super(detail, cause);
    this.title = title;
  }

  public String title() {
    return title;
  }
}
