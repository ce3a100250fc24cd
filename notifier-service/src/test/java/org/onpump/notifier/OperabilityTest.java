package org.onpump.notifier;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

class OperabilityTest extends NotifierServiceTest {

  @Test
  void healthIsUpWithTheDatabaseKafkaAndTheMailServer() {
    assertThat(mvc.get().uri("/actuator/health"))
        .hasStatusOk()
        .bodyJson()
        .isLenientlyEqualTo("""
            {"status": "UP", "components": {"db": {"status": "UP"}, "kafka": {"status": "UP"},
             "mail": {"status": "UP"}}}""");
  }

  @Test
  void readinessReflectsTheDatabaseAndKafka() {
    assertThat(mvc.get().uri("/actuator/health/readiness"))
        .hasStatusOk()
        .bodyJson()
        .isLenientlyEqualTo("""
            {"status": "UP", "components": {"db": {"status": "UP"}, "kafka": {"status": "UP"},
             "readinessState": {"status": "UP"}}}""");
    assertThat(mvc.get().uri("/actuator/health/liveness")).hasStatusOk();
  }

  @Test
  void prometheusScrapesTheNotificationCounters() {
    assertThat(mvc.get().uri("/actuator/prometheus"))
        .hasStatusOk()
        .bodyText()
        .contains("onpump_notifications_total{channel=\"EMAIL\",outcome=\"sent\"")
        .contains("onpump_notifications_total{channel=\"EMAIL\",outcome=\"failed\"");
  }

  @Test
  void theApiIsDescribedByOpenApiWithASwaggerUi() {
    assertThat(mvc.get().uri("/v3/api-docs"))
        .hasStatusOk()
        .bodyText()
        .contains("/api/v1/perfusionists/{perfusionistId}/notifications");
    assertThat(mvc.get().uri("/swagger-ui.html"))
        .hasStatus(HttpStatus.FOUND)
        .redirectedUrl().contains("/swagger-ui/index.html");
    assertThat(mvc.get().uri("/swagger-ui/index.html")).hasStatusOk();
  }
}
