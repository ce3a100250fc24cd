package org.onpump.notifier.delivery;

/** Error texts short enough to store and clear enough to act on. */
final class Failures {

  static final int MAX_LENGTH = 500;

  private Failures() {}

  /** The exception and its root cause, in one line. */
  static String describe(Exception e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String message = e.getClass().getSimpleName() + ": " + e.getMessage();
    return truncate(root == e ? message : message + " (" + root.getClass().getSimpleName() + ": "
        + root.getMessage() + ")");
  }

  static String truncate(String error) {
    return error.length() <= MAX_LENGTH ? error : error.substring(0, MAX_LENGTH);
  }
}
