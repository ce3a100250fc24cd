package org.onpump.scheduler.replanning;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.producer.internals.BuiltInPartitioner;
import org.apache.kafka.common.TopicPartition;
import org.onpump.scheduler.replanning.DepartmentPlans.PlanLease;
import org.onpump.scheduler.roster.RosterSolver;
import org.onpump.shared.kafka.Topics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.listener.ConsumerAwareRebalanceListener;
import org.springframework.stereotype.Component;

/**
 * Which departments this instance plans: those whose case events land on the partitions Kafka assigned to it
 * (events are keyed by department). Taking a department raises its epoch in {@code department_plan}; a replanning
 * stores nothing unless the epoch is still this instance's, so an instance that lost a department (a rebalance,
 * a long pause) can never overwrite the new owner. A department's live plan is dropped when it moves away and
 * rebuilt from PostgreSQL by the new owner.
 */
@Component
class DepartmentOwnership implements ConsumerAwareRebalanceListener {

  private static final Logger log = LoggerFactory.getLogger(DepartmentOwnership.class);

  private final DepartmentPlans plans;
  private final RosterSolver solver;
  private final InstanceName instance;
  private final Clock clock;
  private final Set<Integer> partitions = ConcurrentHashMap.newKeySet();
  private final Map<String, Long> epochs = new ConcurrentHashMap<>();

  DepartmentOwnership(DepartmentPlans plans, RosterSolver solver, InstanceName instance, Clock clock) {
    this.plans = plans;
    this.solver = solver;
    this.instance = instance;
    this.clock = clock;
  }

  /** The partition of {@link Topics#CASE_EVENTS} a department's events are on (Kafka's own key hashing). */
  static int partitionOf(String departmentId) {
    return BuiltInPartitioner.partitionForKey(departmentId.getBytes(StandardCharsets.UTF_8), Topics.PARTITIONS);
  }

  @Override
  public void onPartitionsAssigned(Consumer<?, ?> consumer, Collection<TopicPartition> assigned) {
    Set<Integer> added = caseEventPartitions(assigned);
    partitions.addAll(added);
    try {
      for (String departmentId : plans.departments()) {
        if (added.contains(partitionOf(departmentId))) {
          takeOver(departmentId);
        }
      }
    } catch (RuntimeException e) {
      // PostgreSQL is away: each department is taken over with its next event instead (ensureOwned).
      log.warn("Could not take over the departments of partitions {} yet: {}", added, e.toString());
    }
    log.info("Instance {} plans departments {} (partitions {})", instance.name(), epochs.keySet(), partitions);
  }

  @Override
  public void onPartitionsRevokedBeforeCommit(Consumer<?, ?> consumer, Collection<TopicPartition> revoked) {
    release(caseEventPartitions(revoked));
  }

  @Override
  public void onPartitionsLost(Consumer<?, ?> consumer, Collection<TopicPartition> lost) {
    release(caseEventPartitions(lost));
  }

  /** Takes the department if its partition is this instance's (a department added since the assignment). */
  boolean ensureOwned(String departmentId) {
    if (epochs.containsKey(departmentId)) {
      return true;
    }
    if (!partitions.contains(partitionOf(departmentId))) {
      return false;
    }
    takeOver(departmentId);
    return true;
  }

  /** Whether the lease read under the department's lock is still this instance's. */
  boolean holds(PlanLease lease) {
    Long epoch = epochs.get(lease.departmentId());
    return epoch != null && epoch == lease.epoch() && instance.name().equals(lease.owner());
  }

  Set<String> departments() {
    return Set.copyOf(epochs.keySet());
  }

  private void takeOver(String departmentId) {
    epochs.put(departmentId, plans.takeOver(departmentId, instance.name(), clock.instant()));
  }

  private void release(Set<Integer> gone) {
    partitions.removeAll(gone);
    List<String> leaving = epochs.keySet().stream().filter(d -> gone.contains(partitionOf(d))).toList();
    leaving.forEach(epochs::remove);
    solver.forget(leaving);
    if (!leaving.isEmpty()) {
      log.info("Instance {} no longer plans departments {}", instance.name(), leaving);
    }
  }

  private static Set<Integer> caseEventPartitions(Collection<TopicPartition> topicPartitions) {
    Set<Integer> result = new HashSet<>();
    topicPartitions.stream().filter(tp -> tp.topic().equals(Topics.CASE_EVENTS))
        .forEach(tp -> result.add(tp.partition()));
    return result;
  }
}
