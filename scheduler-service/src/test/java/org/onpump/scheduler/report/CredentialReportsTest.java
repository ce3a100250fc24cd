package org.onpump.scheduler.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.onpump.infra.identity.OnPumpUser;
import org.onpump.scheduler.SchedulerServiceTest;
import org.onpump.scheduler.SignedInAsAdmin;
import org.onpump.scheduler.TestDepartment;
import org.onpump.scheduler.calendar.Publications;
import org.onpump.shared.event.Competency;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Clinical activities against the ABCP minimums, training progress and expiries, on a small known department. */
@SchedulerServiceTest
class CredentialReportsTest {

  @Autowired
  MockMvcTester mvc;

  @Autowired
  JdbcClient jdbc;

  @Autowired
  Clock clock;

  /**
   * Certification year 1 July 2026 to 30 June 2027; by 31 December 184 of 365 days are gone, so 21 of 40
   * activities and 13 of 25 as primary are expected. Cora: 10 + 3 published primary (one before the year and one
   * after asOf do not count), 8 + 1 secondary: 22 counted, on track. Odd: 5 primary, 20 secondary of which 15
   * count: 20, behind.
   */
  @Test
  void clinicalActivitiesAddPublishedCaseSeatsOfTheYearToTheRecordAndCapSecondaries() throws Exception {
    TestDepartment department = TestDepartment.create(jdbc);
    String odd = department.addPerson(jdbc, ReportsApiTest.odd(department), ReportsApiTest.ODD_NAME, "CCP",
        Competency.ADULT_CPB);
    yearToDate(department.ccp(), 10, 8, 0, 0, 0);
    yearToDate(odd, 5, 20, 0, 0, 0);
    Publications published = new Publications(jdbc, department.departmentId())
        .publish(1, LocalDate.of(2026, 6, 25), LocalDate.of(2027, 1, 10));
    caseSeat(published, "before", "PRIMARY", LocalDate.of(2026, 6, 30), null, department.ccp());
    for (int day : new int[] {1, 2, 31}) {
      caseSeat(published, "p" + day, "PRIMARY", LocalDate.of(2026, 12, day), null, department.ccp());
    }
    caseSeat(published, "s1", "SECOND", LocalDate.of(2026, 12, 3), null, department.ccp());
    caseSeat(published, "after", "PRIMARY", LocalDate.of(2027, 1, 2), null, department.ccp());

    assertThat(asManager(department, "/clinical-activities?asOf=2026-12-31")).hasStatusOk().bodyJson()
        .isLenientlyEqualTo("""
            {"asOf": "2026-12-31", "yearStart": "2026-07-01", "yearEnd": "2027-06-30", "requiredActivities": 40,
             "requiredPrimary": 25, "expectedActivitiesByNow": 21, "expectedPrimaryByNow": 13, "people": [
              {"perfusionistId": "%s", "primaryOnRecord": 10, "secondaryOnRecord": 8, "primaryPublished": 3,
               "secondaryPublished": 1, "primary": 13, "secondary": 9, "countedActivities": 22, "status": "on track",
               "shortfall": 18, "primaryShortfall": 12},
              {"perfusionistId": "%s", "primary": 5, "secondary": 20, "countedActivities": 20, "status": "behind",
               "shortfall": 20, "primaryShortfall": 20}]}""".formatted(department.ccp(), odd));
    String csv = asManager(department, "/clinical-activities?asOf=2026-12-31&format=csv").getResponse()
        .getContentAsString();
    assertThat(csv.split("\r\n")).hasSize(3).contains(odd + ",\"O'Brien, \"\"Doc\"\" Jr\",5,20,0,0,5,20,20,40,25,"
        + "behind,20,20");
  }

  /**
   * Sam (student): 70 + 2 published cases today (one paediatric; a paediatric case tomorrow does not count yet)
   * of 75, 8 + 1 paediatric of 10. Bo (board-eligible): 38 + 1 published primary of 40, deadline in 30 days. Lee
   * (board-eligible): 10 of 40, deadline passed 5 days ago. CCPs are not listed.
   */
  @Test
  void trainingProgressCountsStudentCasesPaediatricCasesAndIndependentCasesAgainstTheirMinimums() throws Exception {
    TestDepartment department = TestDepartment.create(jdbc);
    LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    String lee = department.addPerson(jdbc, "lee-" + department.departmentId(), "Lee Late", "BOARD_ELIGIBLE",
        Competency.ADULT_CPB);
    yearToDate(department.student(), 0, 0, 70, 8, 0);
    yearToDate(department.boardEligible(), 0, 0, 0, 0, 38);
    yearToDate(lee, 0, 0, 0, 0, 10);
    deadline(department.boardEligible(), today.plusDays(30));
    deadline(lee, today.minusDays(5));
    Publications published = new Publications(jdbc, department.departmentId())
        .publish(1, today, today.plusDays(3));
    caseSeat(published, "s1", "STUDENT", today, "CABG", department.student());
    caseSeat(published, "s2", "STUDENT", today, "CONGENITAL", department.student());
    caseSeat(published, "s3", "STUDENT", today.plusDays(1), "CONGENITAL", department.student());
    caseSeat(published, "p1", "PRIMARY", today, "CABG", department.boardEligible());

    assertThat(asManager(department, "/training-progress")).hasStatusOk().bodyJson().isLenientlyEqualTo("""
        {"asOf": "%s", "people": [
          {"perfusionistId": "%s", "credentialLevel": "BOARD_ELIGIBLE", "cases": 39, "requiredCases": 40,
           "casesToGo": 1, "paediatricCases": null, "deadline": "%s", "daysToDeadline": 30, "status": "in progress"},
          {"perfusionistId": "%s", "cases": 10, "casesToGo": 30, "daysToDeadline": -5, "status": "deadline passed"},
          {"perfusionistId": "%s", "credentialLevel": "STUDENT", "cases": 72, "requiredCases": 75, "casesToGo": 3,
           "paediatricCases": 9, "requiredPaediatricCases": 10, "paediatricToGo": 1, "deadline": null,
           "status": "in progress"}]}""".formatted(today, department.boardEligible(), today.plusDays(30), lee,
        department.student()));
  }

  /** Odd's certification expired 3 days ago, Cora's expires in 10 days, Bo's deadline is 200 days away. */
  @Test
  void expiriesListWhatFallsDueWithinTheDaysAndWhatHasPassedSoonestFirst() throws Exception {
    TestDepartment department = TestDepartment.create(jdbc);
    LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    String odd = department.addPerson(jdbc, ReportsApiTest.odd(department), ReportsApiTest.ODD_NAME, "CCP",
        Competency.ADULT_CPB);
    jdbc.sql("UPDATE perfusionist SET certification_expiry = ? WHERE id = ?").params(today.minusDays(3), odd)
        .update();
    jdbc.sql("UPDATE perfusionist SET certification_expiry = ? WHERE id = ?")
        .params(today.plusDays(10), department.ccp()).update();
    deadline(department.boardEligible(), today.plusDays(200));

    assertThat(asManager(department, "/expiries")).hasStatusOk().bodyJson().isLenientlyEqualTo("""
        {"withinDays": 180, "expiries": [
          {"perfusionistId": "%s", "what": "certification expiry", "date": "%s", "daysLeft": -3, "status": "passed"},
          {"perfusionistId": "%s", "what": "certification expiry", "date": "%s", "daysLeft": 10, "status": "due"}]}"""
        .formatted(odd, today.minusDays(3), department.ccp(), today.plusDays(10)));
    assertThat(asManager(department, "/expiries?withinDays=365")).bodyJson().extractingPath("$.expiries[2]")
        .isEqualTo(Map.of("perfusionistId", department.boardEligible(), "displayName", "Bo Eligible",
            "credentialLevel", "BOARD_ELIGIBLE", "what", "board-eligible deadline", "date",
            today.plusDays(200).toString(), "daysLeft", 200, "status", "due"));
    assertThat(asManager(department, "/expiries?format=csv").getResponse().getContentAsString()).isEqualTo(
        "perfusionist_id,name,credential_level,what,date,days_left,status\r\n"
            + odd + ",\"O'Brien, \"\"Doc\"\" Jr\",CCP,certification expiry," + today.minusDays(3) + ",-3,passed\r\n"
            + department.ccp() + ",Cora Certified,CCP,certification expiry," + today.plusDays(10) + ",10,due\r\n");
  }

  private void yearToDate(String person, int primary, int secondary, int training, int paediatric,
      int independent) {
    jdbc.sql("""
            INSERT INTO perfusionist_year_to_date (perfusionist_id, primary_activities, secondary_activities,
              training_cases, paediatric_training_cases, independent_cases)
            VALUES (?, ?, ?, ?, ?, ?)""")
        .params(person, primary, secondary, training, paediatric, independent).update();
  }

  private void deadline(String person, LocalDate day) {
    jdbc.sql("UPDATE perfusionist SET board_eligible_deadline = ? WHERE id = ?").params(day, person).update();
  }

  private static void caseSeat(Publications published, String seatId, String kind, LocalDate day, String procedure,
      String person) {
    Instant start = day.atTime(13, 0).toInstant(ZoneOffset.UTC);
    published.caseSeat(1, seatId, kind, published.departmentId().replace("dept-", "hosp-"), "OR-1",
        procedure == null ? "CABG" : procedure, day, start, start.plusSeconds(4 * 3600), person);
  }

  private MvcTestResult asManager(TestDepartment department, String report) {
    return mvc.get().uri(ReportsApiTest.reports(department) + report)
        .header(HttpHeaders.AUTHORIZATION, SignedInAsAdmin.as(OnPumpUser.manager(department.departmentId())))
        .exchange();
  }
}
