package org.onpump.scheduler.replanning;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.ContainerCustomizer;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;

/** Tells {@link DepartmentOwnership} about every partition assignment and revocation of the listeners. */
@Configuration(proxyBeanMethods = false)
class ReplanningConfiguration {

  @Bean
  ContainerCustomizer<Object, Object, ConcurrentMessageListenerContainer<Object, Object>> rebalanceTracking(
      DepartmentOwnership ownership) {
    return container -> container.getContainerProperties().setConsumerRebalanceListener(ownership);
  }
}
