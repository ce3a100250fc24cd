package org.onpump.notifier.paging;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.onpump.shared.event.PageRequest;
import org.onpump.shared.json.EventCodec;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;

/** Each department's escalation chain per page kind: its own if it set one, else the deployment's default. */
@Repository
class EscalationPolicies {

  private static final TypeReference<List<StoredStep>> STEPS = new TypeReference<>() {};

  private final JdbcClient jdbc;
  private final PagingProperties properties;

  EscalationPolicies(JdbcClient jdbc, PagingProperties properties) {
    this.jdbc = jdbc;
    this.properties = properties;
  }

  List<EscalationStep> chain(String departmentId, PageRequest.Kind kind) {
    return own(departmentId, kind).orElseGet(() -> properties.chain(kind));
  }

  Optional<List<EscalationStep>> own(String departmentId, PageRequest.Kind kind) {
    return jdbc.sql("SELECT steps FROM escalation_policy WHERE department_id = :departmentId AND page_kind = :kind")
        .param("departmentId", departmentId)
        .param("kind", kind.name())
        .query(String.class)
        .optional()
        .map(json -> EventCodec.mapper().readValue(json, STEPS).stream()
            .map(step -> new EscalationStep(step.target(), Duration.ofSeconds(step.afterSeconds()))).toList());
  }

  void save(String departmentId, PageRequest.Kind kind, List<EscalationStep> steps, Instant now) {
    String json = EventCodec.mapper().writeValueAsString(steps.stream()
        .map(step -> new StoredStep(step.target(), step.after().toSeconds())).toList());
    jdbc.sql("""
            INSERT INTO escalation_policy (department_id, page_kind, steps, updated_at)
            VALUES (:departmentId, :kind, CAST(:steps AS jsonb), :now)
            ON CONFLICT (department_id, page_kind)
              DO UPDATE SET steps = excluded.steps, updated_at = excluded.updated_at""")
        .param("departmentId", departmentId)
        .param("kind", kind.name())
        .param("steps", json)
        .param("now", Timestamp.from(now))
        .update();
  }

  void reset(String departmentId, PageRequest.Kind kind) {
    jdbc.sql("DELETE FROM escalation_policy WHERE department_id = :departmentId AND page_kind = :kind")
        .param("departmentId", departmentId)
        .param("kind", kind.name())
        .update();
  }

  /** A step as stored: whole seconds. */
  private record StoredStep(EscalationStep.Target target, long afterSeconds) {}
}
