package org.onpump.notifier.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class EmailPropertiesTest {

  private final EmailProperties properties = new EmailProperties("onpump@localhost", Duration.ofMillis(200), 20, 4,
      Duration.ofSeconds(5), Duration.ofSeconds(30), Duration.ofMinutes(2), Duration.ofMillis(50));

  @Test
  void retryDelaysDoubleUpToTheCap() {
    assertThat(properties.retryDelay(1)).isEqualTo(Duration.ofSeconds(5));
    assertThat(properties.retryDelay(2)).isEqualTo(Duration.ofSeconds(10));
    assertThat(properties.retryDelay(3)).isEqualTo(Duration.ofSeconds(20));
    assertThat(properties.retryDelay(4)).isEqualTo(Duration.ofSeconds(30));
    assertThat(properties.retryDelay(60)).isEqualTo(Duration.ofSeconds(30));
  }

  @Test
  void aNotificationIsGivenUpOnAfterMaxAttempts() {
    assertThat(properties.exhausted(3)).isFalse();
    assertThat(properties.exhausted(4)).isTrue();
  }

  @Test
  void settingsThatCannotWorkAreRejectedByValidation() {
    EmailProperties upsideDown = new EmailProperties("onpump@localhost", Duration.ofMillis(200), 20, 4,
        Duration.ofSeconds(30), Duration.ofSeconds(5), Duration.ofMinutes(2), Duration.ofMillis(50));
    EmailProperties noSender = new EmailProperties("not an address", Duration.ofMillis(200), 0, 4,
        Duration.ofSeconds(5), Duration.ofSeconds(30), Duration.ofMinutes(2), Duration.ofMillis(50));

    try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
      Validator validator = factory.getValidator();
      assertThat(validator.validate(properties)).isEmpty();
      assertThat(validator.validate(upsideDown)).extracting(v -> v.getPropertyPath().toString())
          .containsExactly("consistent");
      assertThat(validator.validate(noSender)).extracting(v -> v.getPropertyPath().toString())
          .containsExactlyInAnyOrder("from", "batchSize");
    }
  }
}
