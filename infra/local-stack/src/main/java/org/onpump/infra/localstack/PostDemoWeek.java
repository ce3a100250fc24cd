package org.onpump.infra.localstack;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.onpump.shared.event.OnPumpEvent;

/**
 * Posts the demo department's week of cases to a scheduler that is already running, for stacks started some other
 * way (for example {@code infra/compose.yaml}): {@code java -Dloader.main=org.onpump.infra.localstack.PostDemoWeek
 * -jar local-stack-exec.jar http://localhost:8080}.
 */
public final class PostDemoWeek {

  private PostDemoWeek() {}

  public static void main(String[] args) {
    String scheduler = args.length > 0 ? args[0] : "http://localhost:8080";
    Readiness.await(scheduler, Duration.ofMinutes(3), () -> { });
    List<OnPumpEvent> week = DemoWeek.bookings(LocalDate.now(DemoWeek.ZONE), Instant.now());
    post(new CaseEventClient(scheduler), week);
    System.out.println("Posted " + week.size() + " demo cases for department " + DemoWeek.DEPARTMENT
        + " to " + scheduler);
  }

  static void post(CaseEventClient client, List<OnPumpEvent> events) {
    for (OnPumpEvent event : events) {
      int status = client.post(event).statusCode();
      if (status != 202) {
        throw new IllegalStateException("the scheduler refused demo event " + event.eventId() + " with " + status);
      }
    }
  }
}
