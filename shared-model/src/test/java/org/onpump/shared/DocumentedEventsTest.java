package org.onpump.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.onpump.shared.event.OnPumpEvent;
import org.onpump.shared.json.EventCodec;

/** Every example in docs/events.md is a valid event of the type its heading names, and every type has one. */
class DocumentedEventsTest {

  private static final Pattern SECTION = Pattern.compile("### (\\w+)\\n(.*?)(?=\\n#|\\z)", Pattern.DOTALL);
  private static final Pattern JSON = Pattern.compile("```json\\n(.*?)```", Pattern.DOTALL);

  @Test
  void everyDocumentedExampleIsAValidEventOfItsHeadingsType() throws IOException {
    String page = Files.readString(Path.of("../docs/events.md"));
    List<String> documented = new ArrayList<>();
    Matcher section = SECTION.matcher(page);
    while (section.find()) {
      Matcher example = JSON.matcher(section.group(2));
      while (example.find()) {
        OnPumpEvent event = EventCodec.read(example.group(1));
        assertThat(event.type()).isEqualTo(section.group(1));
        documented.add(event.type());
      }
    }

    assertThat(documented).containsOnly("CaseScheduled", "CaseRescheduled", "CaseCancelled",
        "CaseStarted", "CaseEnded", "EmergencyBypassRequested", "AssignmentChanged", "NotificationRequested");
    assertThat(documented).filteredOn("NotificationRequested"::equals).as("a notice and a page").hasSize(2);
  }
}
