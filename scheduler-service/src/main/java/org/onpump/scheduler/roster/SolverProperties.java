package org.onpump.scheduler.roster;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How long one department's solve may take ({@code onpump.solver}). Solves run on every batch of case events, so
 * they stay short: a new event must reach the perfusionist within seconds.
 *
 * @param spentLimit the longest a solve runs
 * @param unimprovedSpentLimit a solve stops once it has found nothing better for this long
 */
@Validated
@ConfigurationProperties("onpump.solver")
public record SolverProperties(
    @NotNull @DefaultValue("2s") Duration spentLimit,
    @NotNull @DefaultValue("300ms") Duration unimprovedSpentLimit) {}
