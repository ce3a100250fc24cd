package org.onpump.scheduler.web;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What the OpenAPI document at {@code /v3/api-docs} says about this service. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

  @Bean
  OpenAPI schedulerApi() {
    return new OpenAPI().info(new Info()
        .title("OnPump scheduler")
        .version("v1")
        .description("Takes case events from hospital systems and serves each department's pump assignments."));
  }
}
