package org.onpump.notifier.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.Mockito.atLeast;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.onpump.shared.event.ContactMethod;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessagePreparator;

/** An email the SMTP server took is recorded as sent through a database restart, not sent a second time. */
class SentMarkTest {

  private final DeliveryQueue queue = mock(DeliveryQueue.class);
  private final JavaMailSender smtp = mock(JavaMailSender.class);
  private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
  private final PendingDelivery email = new PendingDelivery(UUID.randomUUID(), UUID.randomUUID(),
      ContactMethod.Kind.EMAIL, "ana.ortiz@demo.onpump.org", "OnPump: first call tonight", "Ana Ortiz, ...", false,
      false, null, List.of(ContactMethod.email("ana.ortiz@demo.onpump.org")), 0, 0);

  @Test
  void whileTheDatabaseRestartsASentEmailIsMarkedSentOnceItIsBackAndNotSentAgain() {
    Dispatcher dispatcher = dispatcher(Duration.ofMinutes(2));
    doThrow(new DataAccessResourceFailureException("terminating connection due to administrator command"))
        .doThrow(new CannotGetJdbcConnectionException("Connection refused"))
        .doNothing()
        .when(queue).markSent(email.notificationId());

    dispatcher.dispatchDue();

    verify(smtp, times(1)).send(any(MimeMessagePreparator.class));
    verify(queue, times(3)).markSent(email.notificationId());
    verify(queue, never()).scheduleRetry(any(), any(), any());
    verify(queue, never()).markFailed(any(), any());
    assertThat(meters.get("onpump.notifications").tag("outcome", "sent").counter().count()).isEqualTo(1);
  }

  @Test
  void aDatabaseDownForLongerThanHalfTheClaimLeavesTheEmailClaimedAndTheDispatcherRunning() {
    Dispatcher dispatcher = dispatcher(Duration.ofMillis(800));
    doThrow(new CannotGetJdbcConnectionException("Connection refused")).when(queue).markSent(email.notificationId());

    dispatcher.dispatchDue();

    verify(smtp, times(1)).send(any(MimeMessagePreparator.class));
    verify(queue, atLeast(2)).markSent(email.notificationId());
    verify(queue, never()).scheduleRetry(any(), any(), any());
    assertThat(meters.find("onpump.notifications").tag("outcome", "sent").counter().count()).isZero();
  }

  private Dispatcher dispatcher(Duration claimTimeout) {
    when(queue.claimDue(anyInt(), any())).thenReturn(List.of(email));
    when(queue.renew(any(), any())).thenReturn(true);
    EmailProperties properties = new EmailProperties("onpump@localhost", Duration.ofMillis(200), 20, 8,
        Duration.ofSeconds(5), Duration.ofMinutes(5), claimTimeout, Duration.ofMillis(50));
    ChannelProperties channels = new ChannelProperties(null, null, null, List.of(), Duration.ofSeconds(5), 3);
    return new Dispatcher(queue, List.of(new EmailChannel(smtp, properties)), properties, channels,
        new DeliveryMetrics(meters));
  }
}
