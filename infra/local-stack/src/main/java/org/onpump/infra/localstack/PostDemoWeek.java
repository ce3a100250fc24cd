package org.onpump.infra.localstack;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.onpump.shared.event.OnPumpEvent;

/**
 * Posts the demo department's week of cases to a scheduler that is already running, for stacks started some other
 * way (for example {@code infra/compose.yaml}): {@code java -Dloader.main=org.onpump.infra.localstack.PostDemoWeek
 * -jar local-stack-exec.jar http://localhost:8080 http://127.0.0.1:8090/token}. It posts as the demo hospitals'
 * scheduling system ({@link DemoUsers#HOSPITAL}), with a token from the given token endpoint of an identity
 * provider that knows the demo users (the second argument; the local stack's by default).
 */
public final class PostDemoWeek {

  private PostDemoWeek() {}

  public static void main(String[] args) {
    String scheduler = args.length > 0 ? args[0] : "http://localhost:8080";
    String tokenUrl = args.length > 1 ? args[1] : "http://127.0.0.1:8090/token";
    Readiness.await(scheduler, Duration.ofMinutes(3), () -> { });
    List<OnPumpEvent> week = DemoWeek.bookings(LocalDate.now(DemoWeek.ZONE), Instant.now());
    post(new CaseEventClient(scheduler, TokenRequest.bearer(tokenUrl, DemoUsers.HOSPITAL)), week);
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
