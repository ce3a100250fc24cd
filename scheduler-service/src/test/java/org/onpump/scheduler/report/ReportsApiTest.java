package org.onpump.scheduler.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.onpump.infra.identity.OnPumpUser;
import org.onpump.scheduler.SchedulerServiceTest;
import org.onpump.scheduler.SignedInAsAdmin;
import org.onpump.scheduler.TestDepartment;
import org.onpump.scheduler.calendar.Publications;
import org.onpump.scheduler.calendar.Publications.Marks;
import org.onpump.shared.event.Competency;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Nights, weekends and holidays per person, as JSON and CSV, for the department's managers only. */
@SchedulerServiceTest
class ReportsApiTest {

  static final String ODD_NAME = "O'Brien, \"Doc\" Jr";

  @Autowired
  MockMvcTester mvc;

  @Autowired
  JdbcClient jdbc;

  @Test
  void unsocialHoursCountSeatsAndHoursPerMarkWithinTheDays() {
    TestDepartment department = unsocialDepartment();
    assertThat(asManager(department, "/unsocial-hours?from=2026-12-01&to=2026-12-08")).hasStatusOk().bodyJson()
        .isLenientlyEqualTo("""
            {"from": "2026-12-01", "to": "2026-12-08", "people": [
              {"perfusionistId": "%s", "nights": {"count": 1, "hours": 14.0}, "weekends": {"count": 2, "hours": 24.0},
               "holidays": {"count": 1, "hours": 10.0}},
              {"perfusionistId": "%s", "displayName": "Cora Certified", "nights": {"count": 2, "hours": 28.0},
               "weekends": {"count": 1, "hours": 14.0}, "holidays": {"count": 0, "hours": 0.0}},
              {"displayName": "O'Brien, \\"Doc\\" Jr", "nights": {"count": 0}},
              {"perfusionistId": "%s", "nights": {"count": 0, "hours": 0.0}}]}"""
            .formatted(department.boardEligible(), department.ccp(), department.student()));
  }

  @Test
  void theCsvQuotesANameWithACommaAndAQuoteAndComesAsAnAttachment() throws Exception {
    TestDepartment department = unsocialDepartment();
    for (MvcTestResult csv : new MvcTestResult[] {
        asManager(department, "/unsocial-hours?from=2026-12-01&to=2026-12-08&format=csv"),
        mvc.get().uri(reports(department) + "/unsocial-hours?from=2026-12-01&to=2026-12-08")
            .header(HttpHeaders.ACCEPT, "text/csv")
            .header(HttpHeaders.AUTHORIZATION, SignedInAsAdmin.as(OnPumpUser.manager(department.departmentId())))
            .exchange()}) {
      assertThat(csv).hasStatusOk();
      assertThat(csv.getResponse().getContentType()).isEqualToIgnoringCase("text/csv;charset=UTF-8");
      assertThat(csv.getResponse().getHeader(HttpHeaders.CONTENT_DISPOSITION)).isEqualTo("attachment; filename=\""
          + "unsocial-hours-" + department.departmentId() + "-2026-12-01-to-2026-12-08.csv\"");
      assertThat(csv.getResponse().getContentAsString()).isEqualTo(String.join("\r\n",
          "perfusionist_id,name,nights,night_hours,weekend_seats,weekend_hours,holiday_seats,holiday_hours",
          department.boardEligible() + ",Bo Eligible,1,14.0,2,24.0,1,10.0",
          department.ccp() + ",Cora Certified,2,28.0,1,14.0,0,0.0",
          odd(department) + ",\"O'Brien, \"\"Doc\"\" Jr\",0,0.0,0,0.0,0,0.0",
          department.student() + ",Sam Student,0,0.0,0,0.0,0,0.0", ""));
    }
  }

  @Test
  void onlyManagersOfTheDepartmentSeeItsReports() {
    TestDepartment department = TestDepartment.create(jdbc);
    TestDepartment other = TestDepartment.create(jdbc);
    for (String report : new String[] {"/unsocial-hours?from=2026-12-01&to=2026-12-08",
        "/clinical-activities?asOf=2026-12-31", "/training-progress", "/expiries?withinDays=180"}) {
      for (OnPumpUser refused : new OnPumpUser[] {
          OnPumpUser.perfusionist(department.ccp(), department.departmentId()),
          OnPumpUser.manager(other.departmentId())}) {
        assertThat(mvc.get().uri(reports(department) + report).header(HttpHeaders.ACCEPT, "text/csv")
            .header(HttpHeaders.AUTHORIZATION, SignedInAsAdmin.as(refused))).hasStatus(HttpStatus.FORBIDDEN);
      }
      assertThat(asManager(department, report)).as(report).hasStatusOk();
    }
    assertThat(asManager(department, "/unsocial-hours?from=2026-12-08&to=2026-12-01"))
        .hasStatus(HttpStatus.BAD_REQUEST);
    assertThat(asManager(department, "/expiries?withinDays=soon")).hasStatus(HttpStatus.BAD_REQUEST).bodyJson()
        .extractingPath("$.errors[0].field").isEqualTo("withinDays");
    assertThat(asManager(department, "/expiries?format=xlsx")).hasStatus(HttpStatus.BAD_REQUEST).bodyJson()
        .extractingPath("$.errors[0].field").isEqualTo("format");
  }

  /**
   * Cora: two nights (Friday, 14 h; Saturday, 14 h, also a weekend seat) and a night after the range; Bo: Saturday
   * night on second call (14 h) and a Sunday day on call that is also a holiday (10 h); Sam: nothing.
   */
  private TestDepartment unsocialDepartment() {
    TestDepartment department = TestDepartment.create(jdbc);
    department.addPerson(jdbc, odd(department), ODD_NAME, "CCP", Competency.ADULT_CPB);
    String h = department.hospitalId();
    new Publications(jdbc, department.departmentId()).publish(1, LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 15))
        .seat(1, "fri", "FIRST_CALL", h, null, null, LocalDate.of(2026, 12, 4), Instant.parse("2026-12-04T22:00:00Z"),
            Instant.parse("2026-12-05T12:00:00Z"), Marks.NIGHT, department.ccp())
        .seat(1, "sat", "FIRST_CALL", h, null, null, LocalDate.of(2026, 12, 5), Instant.parse("2026-12-05T22:00:00Z"),
            Instant.parse("2026-12-06T12:00:00Z"), new Marks(true, true, false), department.ccp())
        .seat(1, "sat2", "SECOND_CALL", h, null, null, LocalDate.of(2026, 12, 5),
            Instant.parse("2026-12-05T22:00:00Z"), Instant.parse("2026-12-06T12:00:00Z"), new Marks(true, true, false),
            department.boardEligible())
        .seat(1, "sun", "FIRST_CALL", h, null, null, LocalDate.of(2026, 12, 6), Instant.parse("2026-12-06T12:00:00Z"),
            Instant.parse("2026-12-06T22:00:00Z"), new Marks(false, true, true), department.boardEligible())
        .seat(1, "later", "FIRST_CALL", h, null, null, LocalDate.of(2026, 12, 8),
            Instant.parse("2026-12-08T22:00:00Z"), Instant.parse("2026-12-09T12:00:00Z"), Marks.NIGHT,
            department.ccp());
    return department;
  }

  private MvcTestResult asManager(TestDepartment department, String report) {
    return mvc.get().uri(reports(department) + report)
        .header(HttpHeaders.AUTHORIZATION, SignedInAsAdmin.as(OnPumpUser.manager(department.departmentId())))
        .exchange();
  }

  static String reports(TestDepartment department) {
    return "/api/v1/departments/" + department.departmentId() + "/reports";
  }

  static String odd(TestDepartment department) {
    return "odd-" + department.hospitalId().substring("hosp-".length());
  }
}
