package org.onpump.scheduler.emergency;

import java.time.Clock;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.onpump.scheduler.department.HospitalDirectory;
import org.onpump.scheduler.outbox.OutboxRelay;
import org.onpump.shared.event.EmergencyBypassRequested;
import org.onpump.shared.event.OnPumpEvent;
import org.onpump.shared.kafka.Topics;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Pages an emergency's responder the moment the emergency is on Kafka, in a consumer group of its own, so the page
 * never waits behind a department's replanning in progress. It only pages: the department's listener still applies
 * the event, pins the responder this lane chose (or chooses, if this lane has not), dead-letters bad records and
 * accounts for every event. A new group starts at the end of the topic, so a replay pages nobody; a record this
 * lane cannot handle is logged and left to the listener. Off in reproducible mode, whose rosters must not depend
 * on timing.
 */
@Component
class EmergencyFastLane {

  private final EmergencyPager pager;
  private final HospitalDirectory directory;
  private final OutboxRelay relay;
  private final TransactionTemplate transaction;
  private final Clock clock;

  EmergencyFastLane(EmergencyPager pager, HospitalDirectory directory, OutboxRelay relay,
      TransactionTemplate transaction, Clock clock) {
    this.pager = pager;
    this.directory = directory;
    this.relay = relay;
    this.transaction = transaction;
    this.clock = clock;
  }

  @KafkaListener(id = "emergency-fast-lane", groupId = "onpump-scheduler-emergencies", topics = Topics.CASE_EVENTS,
      containerFactory = EmergencyFastLaneConfiguration.FACTORY, properties = "auto.offset.reset=latest",
      autoStartup = "#{!'${onpump.planning.mode:LIVE}'.equalsIgnoreCase('REPRODUCIBLE')}")
  void onCaseEvent(ConsumerRecord<String, OnPumpEvent> record) {
    if (record.value() instanceof EmergencyBypassRequested emergency && directory.violations(emergency).isEmpty()) {
      Boolean paged = transaction.execute(status -> pager.pageAhead(emergency, clock.instant()));
      if (Boolean.TRUE.equals(paged)) {
        relay.publishPagesNow();
      }
    }
  }
}
