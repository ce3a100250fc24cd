package org.onpump.scheduler.publication;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One seat of a published roster, as published.
 *
 * @param kind the seat's kind ({@code PRIMARY}, {@code SECOND}, {@code STUDENT}, {@code STANDBY}, {@code ECMO},
 *     {@code FIRST_CALL}, {@code SECOND_CALL})
 * @param day the department's local date the seat starts on
 * @param perfusionistId who holds it; null: nobody could be found
 */
public record PublishedSeat(int version, String seatId, String kind, String hospitalId, String caseId,
    String orRoom, String procedureType, LocalDate day, Instant start, Instant end, boolean night, boolean weekend,
    boolean holiday, String perfusionistId) {

  public boolean isOnCall() {
    return kind.equals("FIRST_CALL") || kind.equals("SECOND_CALL");
  }
}
