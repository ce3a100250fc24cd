package org.onpump.infra.benchmarks;

import java.util.List;
import java.util.Map;

/**
 * What the latency benchmark measured: the department and load, the three paths' percentiles, and counts that say
 * whether the run was what it claims (how many events the intake refused, how pages came, what was published).
 *
 * @param loadPerSecond case events posted per second on the department while measuring, emergencies included
 * @param cancelsWithNothingToRelease cancellations of cases nobody held by the time they were processed: they
 *     announce nothing and are not elective samples
 * @param emergencyToRequest the scheduler's part of the emergency path: 202 to its urgent NotificationRequested
 *     read from Kafka (a sample is missing when the emergency caused none)
 * @param intake how long the intake took to answer the elective posts (POST sent to 202 read)
 * @param fastPathPages pages that came by the urgent {@code NotificationRequested} the emergency caused
 * @param rosterPages pages that came only by the roster's assignment notice naming the emergency's case
 */
record LatencyResult(
    String departmentId, String size, int hospitals, int staff, int prefilledCases, long measuredMillis,
    double loadPerSecond, int refused, int cancelsWithNothingToRelease, LatencySummary emergency,
    LatencySummary emergencyToRequest, List<EmergencyTiming> emergencies, LatencySummary elective,
    Map<CaseLoad.Kind, LatencySummary> electiveByKind, LatencySummary intake, LatencySummary rawKafka,
    int fastPathPages, int rosterPages, long assignmentChanges, long notificationRequests, long emails) {

  /**
   * One emergency, for the record: when its 202 came (wall clock, to line up with the services' logs), where, its
   * latency and the scheduler's part of it, and how it was paged.
   */
  record EmergencyTiming(String acceptedAt, String hospitalId, Double millis, Double toRequestMillis,
      String pagedBy) {}

  /** Emergency p99 over raw Kafka p99; null when either is missing. */
  Double emergencyToRawP99() {
    if (emergency.p99() == null || rawKafka.p99() == null || rawKafka.p99() == 0) {
      return null;
    }
    return Math.round(emergency.p99() / rawKafka.p99() * 10) / 10.0;
  }
}
