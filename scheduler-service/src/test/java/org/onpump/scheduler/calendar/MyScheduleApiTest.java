package org.onpump.scheduler.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.onpump.infra.identity.OnPumpUser;
import org.onpump.scheduler.SchedulerServiceTest;
import org.onpump.scheduler.SignedInAsAdmin;
import org.onpump.scheduler.TestDepartment;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** "My schedule": a perfusionist's published seats on some days, for them and their managers only. */
@SchedulerServiceTest
class MyScheduleApiTest {

  private static final String SCHEDULE = "/api/v1/departments/{d}/perfusionists/{p}/schedule?from={from}&to={to}";

  @Autowired
  MockMvcTester mvc;

  @Autowired
  JdbcClient jdbc;

  @Test
  void theirPublishedSeatsOnTheDaysAskedForComeWithTheHospitalsNameAndLocalTimes() {
    TestDepartment department = TestDepartment.create(jdbc);
    new Publications(jdbc, department.departmentId())
        .publish(1, LocalDate.of(2026, 11, 30), LocalDate.of(2026, 12, 10))
        .caseSeat(1, "c1/PRIMARY", "PRIMARY", department.hospitalId(), "OR-3", "CABG", LocalDate.of(2026, 12, 1),
            Instant.parse("2026-12-01T12:30:00Z"), Instant.parse("2026-12-01T17:00:00Z"), department.ccp())
        .onCall(1, "n1", "FIRST_CALL", department.hospitalId(), LocalDate.of(2026, 12, 7),
            Instant.parse("2026-12-07T22:00:00Z"), Instant.parse("2026-12-08T12:00:00Z"), department.ccp())
        .onCall(1, "n2", "FIRST_CALL", department.hospitalId(), LocalDate.of(2026, 12, 8),
            Instant.parse("2026-12-08T22:00:00Z"), Instant.parse("2026-12-09T12:00:00Z"), department.ccp())
        .onCall(1, "n0", "SECOND_CALL", department.hospitalId(), LocalDate.of(2026, 12, 1),
            Instant.parse("2026-12-01T22:00:00Z"), Instant.parse("2026-12-02T12:00:00Z"), department.student());

    assertThat(mvc.get().uri(SCHEDULE, department.departmentId(), department.ccp(), "2026-12-01", "2026-12-08")
        .header(HttpHeaders.AUTHORIZATION, SignedInAsAdmin.as(OnPumpUser.perfusionist(department.ccp(),
            department.departmentId()))))
        .hasStatusOk().bodyJson().isLenientlyEqualTo("""
            {"perfusionistId": "%s", "from": "2026-12-01", "to": "2026-12-08", "seats": [
              {"seatId": "c1/PRIMARY", "kind": "PRIMARY", "summary": "PRIMARY, OR-3 (CABG)", "hospitalId": "%s",
               "hospitalName": "Test hospital %s", "timeZone": "America/New_York", "orRoom": "OR-3",
               "procedureType": "CABG", "day": "2026-12-01", "start": "2026-12-01T12:30:00Z",
               "end": "2026-12-01T17:00:00Z", "localStart": "2026-12-01T07:30:00", "localEnd": "2026-12-01T12:00:00",
               "version": 1},
              {"seatId": "n1", "kind": "FIRST_CALL", "day": "2026-12-07", "night": true,
               "localStart": "2026-12-07T17:00:00", "localEnd": "2026-12-08T07:00:00"}]}"""
            .formatted(department.ccp(), department.hospitalId(), department.hospitalId().substring(5)));
  }

  @Test
  void aManagerMayLookButAColleagueOrAnotherDepartmentsManagerMayNot() {
    TestDepartment department = TestDepartment.create(jdbc);
    TestDepartment other = TestDepartment.create(jdbc);
    assertThat(mvc.get().uri(SCHEDULE, department.departmentId(), department.ccp(), "2026-12-01", "2026-12-08")
        .header(HttpHeaders.AUTHORIZATION, SignedInAsAdmin.as(OnPumpUser.manager(department.departmentId()))))
        .hasStatusOk().bodyJson().extractingPath("$.seats").asArray().isEmpty();
    for (OnPumpUser refused : new OnPumpUser[] {
        OnPumpUser.perfusionist(department.boardEligible(), department.departmentId()),
        OnPumpUser.manager(other.departmentId())}) {
      assertThat(mvc.get().uri(SCHEDULE, department.departmentId(), department.ccp(), "2026-12-01", "2026-12-08")
          .header(HttpHeaders.AUTHORIZATION, SignedInAsAdmin.as(refused))).hasStatus(HttpStatus.FORBIDDEN);
    }
  }

  @Test
  void daysMustBeDatesInOrderAndAtMostNinetyTwoDaysApart() {
    TestDepartment department = TestDepartment.create(jdbc);
    assertThat(mvc.get().uri(SCHEDULE, department.departmentId(), department.ccp(), "2026-12-01", "2027-03-04"))
        .hasStatus(HttpStatus.BAD_REQUEST).bodyJson().extractingPath("$.errors[0].field").isEqualTo("to");
    assertThat(mvc.get().uri(SCHEDULE, department.departmentId(), department.ccp(), "2026-12-01", "2027-03-03"))
        .hasStatusOk();
    assertThat(mvc.get().uri(SCHEDULE, department.departmentId(), department.ccp(), "tomorrow", "2026-11-30"))
        .hasStatus(HttpStatus.BAD_REQUEST).bodyJson().extractingPath("$.errors[*].field").asArray()
        .containsExactly("from");
    assertThat(mvc.get().uri(SCHEDULE, department.departmentId(), "nobody", "2026-12-01", "2026-12-08"))
        .hasStatus(HttpStatus.NOT_FOUND);
  }
}
