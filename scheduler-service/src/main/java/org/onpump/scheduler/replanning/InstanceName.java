package org.onpump.scheduler.replanning;

import java.lang.management.ManagementFactory;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** This instance's name in {@code department_plan.owner}: {@code onpump.instance-name}, else pid@host and a nonce. */
@Component
class InstanceName {

  private final String name;

  InstanceName(@Value("${onpump.instance-name:}") String configured) {
    this.name = configured.isBlank()
        ? ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID().toString().substring(0, 8)
        : configured;
  }

  String name() {
    return name;
  }
}
