package org.onpump.scheduler.roster;

import org.optaplanner.core.api.score.stream.ConstraintStreamImplType;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.api.solver.SolverManager;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.config.solver.SolverManagerConfig;
import org.optaplanner.core.config.solver.termination.TerminationConfig;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The solver, built by hand: OptaPlanner's Spring Boot starter does not run on Spring Boot 4. The manager is closed
 * (and running solves terminated) when the context shuts down.
 */
@Configuration(proxyBeanMethods = false)
class SolverConfiguration {

  static SolverConfig solverConfig(SolverProperties properties) {
    return new SolverConfig()
        .withSolutionClass(DepartmentRoster.class)
        .withEntityClasses(Seat.class)
        .withConstraintProviderClass(RosterConstraintProvider.class)
        .withConstraintStreamImplType(ConstraintStreamImplType.BAVET)
        .withTerminationConfig(new TerminationConfig()
            .withSpentLimit(properties.spentLimit())
            .withUnimprovedSpentLimit(properties.unimprovedSpentLimit()));
  }

  @Bean(destroyMethod = "close")
  SolverManager<DepartmentRoster, String> solverManager(SolverProperties properties) {
    SolverFactory<DepartmentRoster> factory = SolverFactory.create(solverConfig(properties));
    return SolverManager.create(factory, new SolverManagerConfig());
  }
}
