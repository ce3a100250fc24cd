package org.onpump.scheduler.emergency;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.FixedBackOff;

/**
 * The fast lane's listener containers: the service's consumer settings, but not its dead-letter handling (the
 * department's listener dead-letters and stores every bad record once) nor its partition ownership tracking (the
 * fast lane plans nothing). A record that fails twice is logged and skipped here; the listener still handles it.
 */
@Configuration(proxyBeanMethods = false)
class EmergencyFastLaneConfiguration {

  static final String FACTORY = "emergencyFastLaneContainerFactory";

  @Bean(FACTORY)
  ConcurrentKafkaListenerContainerFactory<Object, Object> emergencyFastLaneContainerFactory(
      ConsumerFactory<Object, Object> consumers) {
    ConcurrentKafkaListenerContainerFactory<Object, Object> factory = new ConcurrentKafkaListenerContainerFactory<>();
    factory.setConsumerFactory(consumers);
    factory.setCommonErrorHandler(new DefaultErrorHandler(new FixedBackOff(100, 1)));
    return factory;
  }
}
