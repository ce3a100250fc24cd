package org.onpump.scheduler.intake;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The REST intake of case events ({@code onpump.intake}).
 *
 * @param publishTimeout how long a POST waits for the broker to confirm the event before answering 503
 */
@Validated
@ConfigurationProperties("onpump.intake")
public record IntakeProperties(@NotNull @DefaultValue("5s") Duration publishTimeout) {}
