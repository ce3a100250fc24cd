package org.onpump.scheduler.replanning;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Which cases a replanning considers ({@code onpump.planning}): scheduled and running cases from {@code lookback}
 * before now to {@code horizon} after now.
 */
@Validated
@ConfigurationProperties("onpump.planning")
public record PlanningProperties(
    @NotNull @DefaultValue("1d") Duration lookback,
    @NotNull @DefaultValue("14d") Duration horizon) {}
