package org.onpump.notifier.paging;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.onpump.notifier.audit.AuditEntry.Action;
import org.onpump.notifier.audit.AuditLog;
import org.onpump.notifier.notification.NotificationRecorder;
import org.onpump.shared.event.StaffMember;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fires due escalation steps of pages nobody has acknowledged, every {@code onpump.paging.tick}. Each timer is
 * claimed with its page under {@code FOR UPDATE SKIP LOCKED} and fired in the transaction that records the step's
 * notification, so that with several notifier instances, and across a crash, each step fires exactly once, and an
 * acknowledgement committed first stops it.
 */
@Component
class EscalationTimers implements SchedulingConfigurer {

  private static final Logger log = LoggerFactory.getLogger(EscalationTimers.class);

  private final JdbcClient jdbc;
  private final TransactionTemplate transaction;
  /** One step within the batch's transaction: a step that fails rolls back alone. */
  private final TransactionTemplate savepoint;
  private final PageRepository pages;
  private final Pager pager;
  private final NotificationRecorder recorder;
  private final AuditLog audit;
  private final PagingProperties properties;
  private final Clock clock;
  private final Timer lateness;
  /** Names this notifier in {@code fired_by}: which instance fired a step. */
  private final String instance = ProcessHandle.current().pid() + "-" + UUID.randomUUID().toString().substring(0, 8);

  EscalationTimers(JdbcClient jdbc, TransactionTemplate transaction, PageRepository pages, Pager pager,
      NotificationRecorder recorder, AuditLog audit, PagingProperties properties, Clock clock, MeterRegistry meters) {
    this.jdbc = jdbc;
    this.transaction = transaction;
    this.savepoint = new TransactionTemplate(transaction.getTransactionManager());
    this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    this.pages = pages;
    this.pager = pager;
    this.recorder = recorder;
    this.audit = audit;
    this.properties = properties;
    this.clock = clock;
    this.lateness = Timer.builder("onpump.paging.escalation.lateness")
        .description("How late escalation steps fire after they are due").publishPercentileHistogram()
        .register(meters);
  }

  @Override
  public void configureTasks(ScheduledTaskRegistrar registrar) {
    registrar.addFixedDelayTask(this::fireDue, properties.tick());
  }

  /** Fires every step due now, a batch per transaction; returns how many fired. */
  int fireDue() {
    int fired = 0;
    Integer batch;
    do {
      batch = transaction.execute(status -> fireBatch(clock.instant()));
      fired += batch == null ? 0 : batch;
    } while (batch != null && batch == properties.timerBatch());
    return fired;
  }

  private int fireBatch(Instant now) {
    List<DueStep> due = jdbc.sql("""
            SELECT t.page_id, t.step, t.target, t.due_at, p.department_id, p.hospital_id, p.causation_event_id,
                   p.subject, p.message, p.created_at
              FROM escalation_timer t JOIN page p ON p.id = t.page_id
             WHERE t.outcome IS NULL AND t.due_at <= :now AND p.status = 'OPEN'
             ORDER BY t.due_at, t.page_id, t.step
             LIMIT :limit
               FOR UPDATE OF t, p SKIP LOCKED""")
        .param("now", Timestamp.from(now))
        .param("limit", properties.timerBatch())
        .query((row, n) -> new DueStep(row.getObject("page_id", UUID.class), row.getInt("step"),
            EscalationStep.Target.valueOf(row.getString("target")), PageRepository.instant(row, "due_at"),
            row.getString("department_id"), row.getString("hospital_id"),
            row.getObject("causation_event_id", UUID.class), row.getString("subject"), row.getString("message"),
            PageRepository.instant(row, "created_at")))
        .list();
    for (DueStep step : due) {
      try {
        savepoint.executeWithoutResult(status -> fire(step, now));
      } catch (RuntimeException e) {
        // Never let one step hold up every later one: it is recorded as failed, and the chain goes on.
        failed(step, now, e);
      }
    }
    return due.size();
  }

  private void fire(DueStep step, Instant now) {
    Optional<StaffMember> person = pages.contact(step.pageId(), step.target());
    String outcome;
    if (person.isEmpty()) {
      outcome = "skipped: the page named no " + describe(step.target());
      audit.page(step.departmentId(), step.pageId(), Action.STEP_SKIPPED, null, null,
          "step " + step.step() + " " + outcome, now);
    } else {
      String waited = waited(Duration.between(step.createdAt(), step.dueAt()));
      String subject = "NOT ACKNOWLEDGED (" + waited + "): " + step.subject()
          .replaceFirst("^" + NotificationRecorder.SUBJECT_PREFIX, "");
      String message = "Escalation step " + step.step() + ": nobody has acknowledged this page for " + waited
          + ". You are paged as " + describe(step.target()) + ".\n\n" + step.message();
      recorder.enqueue(pager.notification(step.pageId(), step.causationEventId(), step.departmentId(),
          step.hospitalId(), Pager.stepNotificationId(step.pageId(), step.step()), person.get(), subject, message,
          now));
      outcome = "paged " + person.get().perfusionistId();
      audit.page(step.departmentId(), step.pageId(), Action.ESCALATED, person.get().perfusionistId(), null,
          "step " + step.step() + ": " + describe(step.target()) + " paged", now);
    }
    settle(step, now, outcome);
    lateness.record(Duration.between(step.dueAt(), now));
    log.info("Page {} step {} ({}): {}", step.pageId(), step.step(), step.target(), outcome);
  }

  private void failed(DueStep step, Instant now, RuntimeException e) {
    log.error("Page {} step {} ({}) could not be fired: {}", step.pageId(), step.step(), step.target(), e.toString());
    String outcome = "failed: " + e.getClass().getSimpleName();
    settle(step, now, outcome);
    audit.page(step.departmentId(), step.pageId(), Action.STEP_FAILED, null, null,
        "step " + step.step() + " " + outcome + "; the chain goes on", now);
  }

  /**
   * Marks the step fired, by this instance, with what came of it: it never fires again. After the chain's last
   * step, an unanswered page is EXHAUSTED.
   */
  private void settle(DueStep step, Instant now, String outcome) {
    jdbc.sql("""
            UPDATE escalation_timer SET fired_at = :now, fired_by = :instance, outcome = :outcome
             WHERE page_id = :pageId AND step = :step""")
        .param("now", Timestamp.from(now))
        .param("instance", instance)
        .param("outcome", outcome)
        .param("pageId", step.pageId())
        .param("step", step.step())
        .update();
    jdbc.sql("""
            UPDATE page SET status = 'EXHAUSTED' WHERE id = :pageId AND status = 'OPEN'
               AND NOT EXISTS (SELECT 1 FROM escalation_timer WHERE page_id = :pageId AND outcome IS NULL)""")
        .param("pageId", step.pageId())
        .update();
  }

  /** {@code 40 s} under a minute, else {@code 6 min}. */
  static String waited(Duration waited) {
    return waited.toMinutes() == 0 ? waited.toSeconds() + " s" : waited.toMinutes() + " min";
  }

  private static String describe(EscalationStep.Target target) {
    return switch (target) {
      case PAGED -> "first responder (repeat)";
      case SECOND_CALL -> "second call";
      case CHIEF -> "chief perfusionist";
    };
  }

  /** A due step and what its notification needs of the page. */
  private record DueStep(UUID pageId, int step, EscalationStep.Target target, Instant dueAt, String departmentId,
      String hospitalId, UUID causationEventId, String subject, String message, Instant createdAt) {}
}
