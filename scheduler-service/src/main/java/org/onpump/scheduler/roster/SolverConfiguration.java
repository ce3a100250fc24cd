package org.onpump.scheduler.roster;

import java.time.Duration;
import org.optaplanner.core.api.score.stream.ConstraintStreamImplType;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.api.solver.SolverManager;
import org.optaplanner.core.config.constructionheuristic.ConstructionHeuristicPhaseConfig;
import org.optaplanner.core.config.localsearch.LocalSearchPhaseConfig;
import org.optaplanner.core.config.localsearch.decider.acceptor.LocalSearchAcceptorConfig;
import org.optaplanner.core.config.localsearch.decider.forager.LocalSearchForagerConfig;
import org.optaplanner.core.config.solver.EnvironmentMode;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.config.solver.SolverManagerConfig;
import org.optaplanner.core.config.solver.termination.TerminationConfig;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The solver, built by hand: OptaPlanner's Spring Boot starter does not run on Spring Boot 4. The manager is closed
 * (and running solves terminated) when the context shuts down. The benchmarks use the same configuration.
 */
@Configuration(proxyBeanMethods = false)
public class SolverConfiguration {

  /**
   * Late acceptance over 100 steps. Simulated annealing reached the S optimum more often in long benchmark runs, but
   * in the service's one-second solves it sometimes failed to repair a seat whose holder took time off (a repair
   * that needs an on-call swap first); late acceptance repairs it. docs/benchmarks.md has the figures.
   */
  static final int LATE_ACCEPTANCE_SIZE = 100;

  /**
   * A live plan's late acceptance looks back 10 steps only: after each gain the search takes worse steps for as many
   * steps, and in a roster people were already told about each such step is a needless move (see NeedlessMoves).
   */
  static final int LIVE_LATE_ACCEPTANCE_SIZE = 10;

  /** The most score calculations a reproducible solve's local search may make. */
  static final long REPRODUCIBLE_SCORE_CALCULATIONS = 2_000L;

  static SolverConfig solverConfig(SolverProperties properties) {
    return solverConfig(properties.spentLimit(), properties.unimprovedSpentLimit());
  }

  /**
   * @param spentLimit the longest a solve runs
   * @param unimprovedSpentLimit stop once local search found nothing better for this long; null: never
   */
  public static SolverConfig solverConfig(Duration spentLimit, Duration unimprovedSpentLimit) {
    // The unimproved limit belongs to local search alone: counted from the start of the solve, it could end a
    // cold solve during the first scoring, before anyone is assigned.
    TerminationConfig localSearchTermination = new TerminationConfig();
    if (unimprovedSpentLimit != null) {
      localSearchTermination.setUnimprovedSpentLimit(unimprovedSpentLimit);
    }
    return base()
        .withTerminationConfig(new TerminationConfig().withSpentLimit(spentLimit))
        .withPhases(new ConstructionHeuristicPhaseConfig(), localSearch(localSearchTermination));
  }

  /**
   * A live plan's solver: it never ends on its own (daemon), and after every change searches until it has found
   * nothing better for the unimproved limit (or the spent limit), then rests until the next change.
   */
  static SolverConfig liveConfig(SolverProperties properties) {
    return base().withDaemon(true).withPhases(new ConstructionHeuristicPhaseConfig(), localSearch(
        LIVE_LATE_ACCEPTANCE_SIZE, new TerminationConfig().withSpentLimit(properties.spentLimit())
            .withUnimprovedSpentLimit(properties.unimprovedSpentLimit())));
  }

  /**
   * The same answer for the same roster every time: fixed seed, a fixed number of steps, no clock. The score
   * calculation cap ends a step that finds no acceptable move (late acceptance would search it forever).
   */
  static SolverConfig reproducibleConfig(SolverProperties properties) {
    return base().withEnvironmentMode(EnvironmentMode.REPRODUCIBLE).withRandomSeed(0L)
        .withPhases(new ConstructionHeuristicPhaseConfig(), localSearch(
            new TerminationConfig().withStepCountLimit(properties.reproducibleSteps())
                .withScoreCalculationCountLimit(REPRODUCIBLE_SCORE_CALCULATIONS)));
  }

  private static SolverConfig base() {
    return new SolverConfig()
        .withSolutionClass(DepartmentRoster.class)
        .withEntityClasses(Seat.class)
        .withConstraintProviderClass(RosterConstraintProvider.class)
        .withConstraintStreamImplType(ConstraintStreamImplType.BAVET);
  }

  private static LocalSearchPhaseConfig localSearch(TerminationConfig termination) {
    return localSearch(LATE_ACCEPTANCE_SIZE, termination);
  }

  private static LocalSearchPhaseConfig localSearch(int lateAcceptanceSize, TerminationConfig termination) {
    return new LocalSearchPhaseConfig()
        .withAcceptorConfig(new LocalSearchAcceptorConfig().withLateAcceptanceSize(lateAcceptanceSize))
        .withForagerConfig(new LocalSearchForagerConfig().withAcceptedCountLimit(1))
        .withTerminationConfig(termination);
  }

  @Bean(destroyMethod = "close")
  SolverManager<DepartmentRoster, String> solverManager(SolverProperties properties) {
    SolverFactory<DepartmentRoster> factory = SolverFactory.create(solverConfig(properties));
    return SolverManager.create(factory, new SolverManagerConfig());
  }
}
