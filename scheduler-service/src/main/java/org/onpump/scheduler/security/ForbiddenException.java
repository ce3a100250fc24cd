package org.onpump.scheduler.security;

/** The caller is known but may not do this; answered 403 with the reason. */
public class ForbiddenException extends RuntimeException {

  public ForbiddenException(String reason) {
    super(reason);
  }
}
