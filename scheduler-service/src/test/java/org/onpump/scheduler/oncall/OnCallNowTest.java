package org.onpump.scheduler.oncall;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.onpump.scheduler.SchedulerServiceTest;
import org.onpump.scheduler.TestDepartment;
import org.onpump.shared.event.Competency;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** Who is on call at a hospital at a moment, with how to reach them, for switchboards. */
@SchedulerServiceTest
class OnCallNowTest {

  private static final Instant NIGHT = Instant.parse("2031-01-08T04:00:00Z");

  @Autowired
  MockMvcTester mvc;

  @Autowired
  JdbcClient jdbc;

  @Test
  void firstAndSecondCallAndTheChiefComeWithTheirContactMethodsInOrder() {
    TestDepartment department = TestDepartment.create(jdbc);
    String second = department.addPerson(jdbc, "second-" + department.hospitalId(), "Sid Second", "CCP",
        Competency.ADULT_CPB);
    jdbc.sql("""
            INSERT INTO perfusionist_contact_method (perfusionist_id, position, kind, address, pages, routine)
            VALUES (?, 1, 'SMS', '+15550100001', true, false), (?, 2, 'EMAIL', 'cora@test.onpump.org', true, true)""")
        .params(department.ccp(), department.ccp()).update();
    jdbc.sql("UPDATE department SET chief_perfusionist_id = ? WHERE id = ?")
        .params(department.boardEligible(), department.departmentId()).update();
    seat(department, "FIRST_CALL", department.ccp());
    seat(department, "SECOND_CALL", second);

    assertThat(mvc.get().uri("/api/v1/hospitals/{h}/departments/{d}/on-call/now?at={at}", department.hospitalId(),
        department.departmentId(), NIGHT)).hasStatusOk().bodyJson().isLenientlyEqualTo("""
            {"hospitalId": "%s", "departmentId": "%s", "at": "2031-01-08T04:00:00Z",
             "firstCall": {"perfusionistId": "%s", "displayName": "Cora Certified", "until": "2031-01-08T12:00:00Z",
               "contactMethods": [
                 {"kind": "SMS", "address": "+15550100001", "pages": true, "routine": false},
                 {"kind": "EMAIL", "address": "cora@test.onpump.org", "pages": true, "routine": true}]},
             "secondCall": {"perfusionistId": "%s", "contactMethods": []},
             "chief": {"perfusionistId": "%s", "until": null}}""".formatted(department.hospitalId(),
            department.departmentId(), department.ccp(), second, department.boardEligible()));
  }

  @Test
  void aMomentNoSeatCoversHasNobodyOnCallAndAnUnknownHospitalIsNotFound() {
    TestDepartment department = TestDepartment.create(jdbc);
    assertThat(mvc.get().uri("/api/v1/hospitals/{h}/departments/{d}/on-call/now?at={at}", department.hospitalId(),
        department.departmentId(), NIGHT)).hasStatusOk().bodyJson()
        .isLenientlyEqualTo("{\"firstCall\": null, \"secondCall\": null, \"chief\": null}");
    assertThat(mvc.get().uri("/api/v1/hospitals/{h}/departments/{d}/on-call/now", "nowhere",
        department.departmentId())).hasStatus(HttpStatus.NOT_FOUND);
    assertThat(mvc.get().uri("/api/v1/hospitals/{h}/departments/{d}/on-call/now?at=tonight",
        department.hospitalId(), department.departmentId())).hasStatus(HttpStatus.BAD_REQUEST).bodyJson()
        .extractingPath("$.errors[0].field").isEqualTo("at");
  }

  private void seat(TestDepartment department, String role, String holder) {
    jdbc.sql("""
            INSERT INTO on_call_seat (seat_id, department_id, hospital_id, day, part, role, starts_at, ends_at,
              perfusionist_id, updated_at)
            VALUES (?, ?, ?, DATE '2031-01-07', 'NIGHT', ?, TIMESTAMPTZ '2031-01-07T23:00:00Z',
              TIMESTAMPTZ '2031-01-08T12:00:00Z', ?, now())""")
        .params(department.hospitalId() + "/2031-01-07/NIGHT/" + role, department.departmentId(),
            department.hospitalId(), role, holder)
        .update();
  }
}
