package org.onpump.notifier.notification;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.onpump.notifier.NotifierServiceTest;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

class NotificationApiTest extends NotifierServiceTest {

  @Test
  void aPerfusionistNeverNotifiedHasAnEmptyList() {
    assertThat(mvc.get().uri("/api/v1/perfusionists/{id}/notifications", "p-never-notified"))
        .hasStatusOk()
        .bodyJson().isStrictlyEqualTo("[]");
  }

  @Test
  void aPerfusionistIdThatIsNotACodeIsABadRequestNamingTheField() {
    assertThat(mvc.get().uri("/api/v1/perfusionists/{id}/notifications", "Ana Ortiz, DOB 1970"))
        .hasStatus(HttpStatus.BAD_REQUEST)
        .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
        .bodyJson()
        .isLenientlyEqualTo("""
            {"status": 400, "title": "Invalid request", "errors": [{"field": "perfusionistId",
             "message": "must be a code of 1 to 64 letters, digits, '.', '_', ':' or '-', starting with a \
            letter or digit"}]}""");
  }

  @Test
  void aLimitOutOfRangeOrNotANumberIsABadRequestNamingTheField() {
    assertThat(mvc.get().uri("/api/v1/perfusionists/p-01/notifications?limit=0"))
        .hasStatus(HttpStatus.BAD_REQUEST)
        .bodyJson().extractingPath("$.errors[0].field").isEqualTo("limit");
    assertThat(mvc.get().uri("/api/v1/perfusionists/p-01/notifications?limit=all"))
        .hasStatus(HttpStatus.BAD_REQUEST)
        .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
        .bodyJson().extractingPath("$.errors[0].field").isEqualTo("limit");
  }
}
