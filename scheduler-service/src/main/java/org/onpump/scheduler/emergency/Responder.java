package org.onpump.scheduler.emergency;

/** Who a department pages for an emergency bypass, in the order its policy lists them. */
enum Responder {
  FIRST_CALL("first call"),
  SECOND_CALL("second call"),
  /** Anyone qualified and free, shortest drive to the hospital first. */
  NEAREST_FREE("the nearest free perfusionist");

  private final String description;

  Responder(String description) {
    this.description = description;
  }

  String describe() {
    return description;
  }
}
