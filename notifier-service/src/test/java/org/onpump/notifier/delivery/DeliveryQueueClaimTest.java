package org.onpump.notifier.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.onpump.notifier.NotifierServiceTest;
import org.onpump.shared.event.ContactMethod;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** Only the dispatcher that still holds a notification's claim may send it; the urgent lane claims pages only. */
class DeliveryQueueClaimTest extends NotifierServiceTest {

  @Autowired
  private DeliveryQueue queue;

  @Autowired
  private TransactionTemplate transaction;

  @Test
  void theUrgentLaneClaimsOnlyUrgentNotifications() {
    UUID routine = UUID.randomUUID();
    UUID page = UUID.randomUUID();
    List<UUID> claimed = claimUrgentAfter(() -> {
      insertDue(routine, "ROUTINE", false, 1);
      insertDue(page, "URGENT", true, 1);
    }, routine, page);

    assertThat(claimed).contains(page).doesNotContain(routine);
  }

  @Test
  void aPageGoesBeforeOtherUrgentNotificationsDueEarlier() {
    UUID shortNotice = UUID.randomUUID();
    UUID page = UUID.randomUUID();
    List<UUID> claimed = claimUrgentAfter(() -> {
      insertDue(shortNotice, "URGENT", false, 3600);
      insertDue(page, "URGENT", true, 1);
    }, shortNotice, page);

    assertThat(claimed).containsExactly(page, shortNotice);
  }

  /**
   * What the urgent lane claims, in its order, of {@code ours} after {@code inserts}, in a transaction never
   * committed, so that the running dispatchers cannot see these rows.
   */
  private List<UUID> claimUrgentAfter(Runnable inserts, UUID... ours) {
    return transaction.execute(status -> {
      status.setRollbackOnly();
      inserts.run();
      return queue.claimDueUrgent(500, Duration.ofMinutes(2)).stream().map(PendingDelivery::notificationId)
          .filter(List.of(ours)::contains).toList();
    });
  }

  private void insertDue(UUID id, String urgency, boolean isPage, int dueSecondsAgo) {
    jdbc.sql("""
            INSERT INTO notification (id, causation_event_id, perfusionist_id, department_id, hospital_id, urgency,
                                      channel, address, subject, message, status, next_attempt_at, created_at, page)
            VALUES (:id, :id, 'p-lane', 'd', 'h', :urgency, 'EMAIL', 'lane@demo.onpump.org', 's', 'm',
                    'PENDING', now() - :ago * interval '1 second', now(), :page)""")
        .param("id", id).param("urgency", urgency).param("page", isPage).param("ago", dueSecondsAgo).update();
  }

  @Test
  void aDispatcherWhoseClaimWasTakenOverMayNotSendTheNotification() {
    UUID id = UUID.randomUUID();
    UUID firstClaim = UUID.randomUUID();
    // Due far in the future, so that the running dispatcher leaves this row alone.
    jdbc.sql("""
            INSERT INTO notification (id, causation_event_id, perfusionist_id, department_id, hospital_id, urgency,
                                      channel, address, subject, message, status, next_attempt_at, created_at,
                                      claim_token)
            VALUES (:id, :id, 'p-claim', 'd', 'h', 'ROUTINE', 'EMAIL', 'claim@demo.onpump.org', 's', 'm',
                    'PENDING', now() + interval '1 day', now(), :token)""")
        .param("id", id).param("token", firstClaim).update();
    PendingDelivery heldByFirst = new PendingDelivery(id, firstClaim, ContactMethod.Kind.EMAIL,
        "claim@demo.onpump.org", "s", "m", false, false, null, List.of(), 0, 0);

    assertThat(queue.renew(heldByFirst, Duration.ofMinutes(2))).isTrue();

    jdbc.sql("UPDATE notification SET claim_token = :other WHERE id = :id")
        .param("other", UUID.randomUUID()).param("id", id).update();
    assertThat(queue.renew(heldByFirst, Duration.ofMinutes(2))).isFalse();

    jdbc.sql("UPDATE notification SET status = 'FAILED' WHERE id = :id").param("id", id).update();
  }
}
