package org.onpump.notifier.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.onpump.notifier.NotifierServiceTest;
import org.springframework.beans.factory.annotation.Autowired;

/** Only the dispatcher that still holds a notification's claim may send it. */
class DeliveryQueueClaimTest extends NotifierServiceTest {

  @Autowired
  private DeliveryQueue queue;

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
    PendingEmail heldByFirst = new PendingEmail(id, firstClaim, "claim@demo.onpump.org", "s", "m", 0);

    assertThat(queue.renew(heldByFirst, Duration.ofMinutes(2))).isTrue();

    jdbc.sql("UPDATE notification SET claim_token = :other WHERE id = :id")
        .param("other", UUID.randomUUID()).param("id", id).update();
    assertThat(queue.renew(heldByFirst, Duration.ofMinutes(2))).isFalse();

    jdbc.sql("UPDATE notification SET status = 'FAILED' WHERE id = :id").param("id", id).update();
  }
}
