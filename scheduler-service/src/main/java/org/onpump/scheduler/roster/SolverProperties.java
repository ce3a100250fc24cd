package org.onpump.scheduler.roster;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How the solver searches ({@code onpump.solver}). Solves run on every batch of case events, so a repair is short:
 * a new event must reach the perfusionist within seconds; a live plan then goes on improving in the background.
 *
 * @param spentLimit the longest a live plan's search runs after a change
 * @param unimprovedSpentLimit a live plan's search rests once it has found nothing better for this long
 * @param repairLimit the longest a change waits for its repaired roster before the best so far is stored
 * @param settle a safe repaired roster is stored once its safety and open seats have not improved for this long
 * @param reproducibleSteps the local-search steps of a reproducible solve
 */
@Validated
@ConfigurationProperties("onpump.solver")
public record SolverProperties(
    @NotNull @DefaultValue("2s") Duration spentLimit,
    @NotNull @DefaultValue("300ms") Duration unimprovedSpentLimit,
    @NotNull @DefaultValue("2s") Duration repairLimit,
    @NotNull @DefaultValue("200ms") Duration settle,
    @Positive @DefaultValue("200") int reproducibleSteps) {

  @ConstructorBinding
  public SolverProperties {
  }

  /** Search limits only, the rest by default: for tests and benchmarks that build a solver themselves. */
  public SolverProperties(Duration spentLimit, Duration unimprovedSpentLimit) {
    this(spentLimit, unimprovedSpentLimit, Duration.ofSeconds(2), Duration.ofMillis(200), 200);
  }
}
