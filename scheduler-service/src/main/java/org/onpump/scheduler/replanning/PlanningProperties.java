package org.onpump.scheduler.replanning;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How departments are replanned ({@code onpump.planning}).
 *
 * @param lookback scheduled and running cases from this long before now ...
 * @param horizon ... to this long after now are planned
 * @param mode LIVE: a continuous solver per department takes each change as a problem change, events of a poll are
 *     applied together; REPRODUCIBLE: each event is replanned on its own from the database with a seeded,
 *     step-limited solver, so the same stream always gives the same roster (the fault test compares runs)
 * @param catchUpBatch a poll of at least this many records means the scheduler is catching up: events are applied
 *     and replanning waits until the backlog is gone (live mode)
 * @param publishInterval how often a live plan's background improvements are stored and announced
 */
@Validated
@ConfigurationProperties("onpump.planning")
public record PlanningProperties(
    @NotNull @DefaultValue("1d") Duration lookback,
    @NotNull @DefaultValue("14d") Duration horizon,
    @NotNull @DefaultValue("LIVE") Mode mode,
    @Positive @DefaultValue("200") int catchUpBatch,
    @NotNull @DefaultValue("10s") Duration publishInterval) {

  /** How replanning runs. */
  public enum Mode {
    LIVE,
    REPRODUCIBLE
  }
}
