package org.onpump.scheduler.team;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Objects;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.onpump.infra.identity.OnPumpUser;
import org.onpump.scheduler.SchedulerServiceTest;
import org.onpump.scheduler.SignedInAsAdmin;
import org.onpump.scheduler.TestDepartment;
import org.onpump.scheduler.staff.Perfusionist;
import org.onpump.scheduler.staff.StaffRepository;
import org.onpump.shared.event.Competency;
import org.onpump.shared.event.ContactMethod;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** A manager adds and edits perfusionists; who may see and change what about them. */
@SchedulerServiceTest
class PerfusionistApiTest {

  @Autowired
  MockMvcTester mvc;

  @Autowired
  JdbcClient jdbc;

  @Autowired
  StaffRepository staff;

  @Test
  void aManagerAddsACcpWhoIsStoredAsTheRosterReadsThemAndTheDepartmentIsReplanned() {
    TestDepartment department = TestDepartment.create(jdbc);
    String id = "rosa-" + department.departmentId();

    assertThat(post(department, OnPumpUser.manager(department.departmentId()), ccp(id, department.hospitalId())))
        .hasStatus(HttpStatus.CREATED).bodyJson().isLenientlyEqualTo("""
            {"id": "%s", "displayName": "Rosa Rivera", "credentialLevel": "CCP", "certificationExpiry": "2028-06-30",
             "competencies": ["ADULT_CPB", "ECMO_ADULT"], "privileges": [{"hospitalId": "%s", "minutesFromHome": 20}],
             "licences": ["NY"], "contractMinutesPerWeek": 1920, "avoidsNights": true,
             "contactMethods": [{"kind": "SMS", "address": "+15550101234", "pages": true, "routine": false},
                                {"kind": "EMAIL", "address": "rosa@example.org", "pages": true, "routine": true}]}
            """.formatted(id, department.hospitalId()));

    Perfusionist rosa = staff.departmentStaffById(department.departmentId()).get(id);
    assertThat(rosa.isCcp()).isTrue();
    assertThat(rosa.isCompetentFor(Competency.ECMO_ADULT)).isTrue();
    assertThat(rosa.minutesFromHomeTo(department.hospitalId())).isEqualTo(20);
    assertThat(rosa.preferences().avoidsNights()).isTrue();
    assertThat(rosa.contactMethods()).containsExactly(
        new ContactMethod(ContactMethod.Kind.SMS, "+15550101234", true, false),
        new ContactMethod(ContactMethod.Kind.EMAIL, "rosa@example.org", true, true));
    assertThat(replanCause(department)).isNotNull();
    assertThat(audited(department, "PERFUSIONIST_ADDED")).isEqualTo(1);

    assertThat(post(department, OnPumpUser.manager(department.departmentId()), ccp(id, department.hospitalId())))
        .hasStatus(HttpStatus.CONFLICT).bodyJson().extractingPath("$.perfusionistId").isEqualTo(id);
  }

  @Test
  void eachBadFieldIsNamedAndNothingIsStored() {
    TestDepartment department = TestDepartment.create(jdbc);
    String body = """
        {"id": "bad-%s", "displayName": " ", "email": "nope", "credentialLevel": "CCP", "competencies": ["JUGGLING"],
         "privileges": [{"hospitalId": "elsewhere", "minutesFromHome": 10}], "licences": ["new york"],
         "contractMinutesPerWeek": 20000,
         "contactMethods": [{"kind": "SMS", "address": "555-1234", "pages": true, "routine": true},
                            {"kind": "PIGEON", "address": "x", "pages": true, "routine": true}]}
        """.formatted(department.departmentId());

    assertThat(post(department, OnPumpUser.admin(), body)).hasStatus(HttpStatus.BAD_REQUEST).bodyJson()
        .extractingPath("$.errors[*].field").asArray().containsExactlyInAnyOrder("displayName", "email",
            "certificationExpiry", "competencies[0]", "privileges[0].hospitalId", "licences[0]",
            "contractMinutesPerWeek", "contactMethods[0].address", "contactMethods[1].kind");
    assertThat(post(department, OnPumpUser.admin(), """
        {"id": "be-%s", "displayName": "B", "email": "b@example.org", "credentialLevel": "BOARD_ELIGIBLE",
         "certificationExpiry": "2028-01-01"}""".formatted(department.departmentId())))
        .hasStatus(HttpStatus.BAD_REQUEST).bodyJson().extractingPath("$.errors[*].field").asArray()
        .containsExactlyInAnyOrder("boardEligibleDeadline", "certificationExpiry");
    assertThat(staff.departmentStaff(department.departmentId())).hasSize(3);
    assertThat(replanCause(department)).isNull();
  }

  @Test
  void onlyAManagerOfTheDepartmentAddsOrEditsStaffAndAnUnknownDepartmentIsNotFound() {
    TestDepartment department = TestDepartment.create(jdbc);
    TestDepartment other = TestDepartment.create(jdbc);
    String body = ccp("x-" + department.departmentId(), department.hospitalId());

    assertThat(post(department, OnPumpUser.perfusionist(department.ccp(), department.departmentId()), body))
        .hasStatus(HttpStatus.FORBIDDEN);
    assertThat(post(department, OnPumpUser.manager(other.departmentId()), body)).hasStatus(HttpStatus.FORBIDDEN);
    assertThat(put(department, department.boardEligible(), OnPumpUser.perfusionist(department.boardEligible(),
        department.departmentId()), body)).hasStatus(HttpStatus.FORBIDDEN);
    assertThat(mvc.post().uri("/api/v1/departments/{d}/perfusionists", "no-such-department")
        .contentType(MediaType.APPLICATION_JSON).content(body)).hasStatus(HttpStatus.NOT_FOUND);
    assertThat(staff.departmentStaff(department.departmentId())).hasSize(3);
  }

  @Test
  void aManagerReplacesEverythingButTheIdAndABoardEligibleBecomesACcp() {
    TestDepartment department = TestDepartment.create(jdbc);

    assertThat(put(department, department.boardEligible(), OnPumpUser.manager(department.departmentId()), """
        {"displayName": "Bo Certified", "email": "bo@example.org", "credentialLevel": "CCP",
         "certificationExpiry": "2029-06-30", "competencies": ["ADULT_CPB", "IABP"], "licences": ["NJ"]}"""))
        .hasStatusOk().bodyJson().isLenientlyEqualTo("""
            {"id": "%s", "displayName": "Bo Certified", "credentialLevel": "CCP", "certificationExpiry": "2029-06-30",
             "competencies": ["ADULT_CPB", "IABP"], "privileges": [], "licences": ["NJ"],
             "contractMinutesPerWeek": 2400, "avoidsNights": false, "contactMethods": []}"""
            .formatted(department.boardEligible()));
    Perfusionist bo = staff.departmentStaffById(department.departmentId()).get(department.boardEligible());
    assertThat(bo.credential().boardEligibleDeadline()).isNull();
    assertThat(bo.privileges()).isEmpty();
    assertThat(replanCause(department)).isNotNull();
    assertThat(audited(department, "PERFUSIONIST_EDITED")).isEqualTo(1);
    assertThat(put(department, "nobody", OnPumpUser.manager(department.departmentId()), """
        {"displayName": "N", "email": "n@example.org", "credentialLevel": "STUDENT"}"""))
        .hasStatus(HttpStatus.NOT_FOUND);
  }

  @Test
  void colleaguesSeeNamesLevelsAndCompetenciesOnlyWhileManagersAndThePersonSeeEverything() {
    TestDepartment department = TestDepartment.create(jdbc);
    TestDepartment other = TestDepartment.create(jdbc);
    String list = "/api/v1/departments/{d}/perfusionists";
    OnPumpUser cora = OnPumpUser.perfusionist(department.ccp(), department.departmentId());

    MvcTestResult asCora = mvc.get().uri(list, department.departmentId())
        .header(HttpHeaders.AUTHORIZATION, SignedInAsAdmin.as(cora)).exchange();
    assertThat(asCora).hasStatusOk().bodyJson().isLenientlyEqualTo("""
        [{"id": "%s", "displayName": "Bo Eligible", "credentialLevel": "BOARD_ELIGIBLE", "competencies": ["ADULT_CPB"]},
         {"id": "%s", "email": "%s@test.onpump.org"},
         {"id": "%s", "displayName": "Sam Student", "credentialLevel": "STUDENT"}]""".formatted(
        department.boardEligible(), department.ccp(), department.ccp(), department.student()));
    assertThat(asCora).bodyJson().extractingPath("$[2]").asMap().doesNotContainKey("email");
    assertThat(asCora).bodyJson().extractingPath("$[0]").asMap()
        .doesNotContainKeys("email", "certificationExpiry", "boardEligibleDeadline", "contactMethods",
            "contractMinutesPerWeek", "privileges", "licences", "avoidsNights");
    assertThat(mvc.get().uri(list, department.departmentId())
        .header(HttpHeaders.AUTHORIZATION, SignedInAsAdmin.as(OnPumpUser.manager(department.departmentId()))))
        .hasStatusOk().bodyJson().extractingPath("$[*].email").asArray().hasSize(3);
    assertThat(mvc.get().uri(list, department.departmentId())
        .header(HttpHeaders.AUTHORIZATION, SignedInAsAdmin.as(OnPumpUser.manager(other.departmentId()))))
        .hasStatus(HttpStatus.FORBIDDEN);

    String one = "/api/v1/departments/{d}/perfusionists/{p}";
    assertThat(mvc.get().uri(one, department.departmentId(), department.ccp())
        .header(HttpHeaders.AUTHORIZATION, SignedInAsAdmin.as(cora)))
        .hasStatusOk().bodyJson().extractingPath("$.certificationExpiry").isNotNull();
    assertThat(mvc.get().uri(one, department.departmentId(), department.boardEligible())
        .header(HttpHeaders.AUTHORIZATION, SignedInAsAdmin.as(cora))).hasStatus(HttpStatus.FORBIDDEN);
    assertThat(mvc.get().uri(one, department.departmentId(), department.boardEligible())
        .header(HttpHeaders.AUTHORIZATION, SignedInAsAdmin.as(OnPumpUser.manager(department.departmentId()))))
        .hasStatusOk().bodyJson().extractingPath("$.boardEligibleDeadline").isNotNull();
    assertThat(mvc.get().uri(one, department.departmentId(), department.ccp())
        .header(HttpHeaders.AUTHORIZATION, SignedInAsAdmin.as(OnPumpUser.manager(other.departmentId()))))
        .hasStatus(HttpStatus.FORBIDDEN);
    assertThat(mvc.get().uri(one, department.departmentId(), other.ccp())).hasStatus(HttpStatus.NOT_FOUND);
  }

  @Test
  void aPersonKeepsTheirOwnContactMethodsButNotAColleagues() {
    TestDepartment department = TestDepartment.create(jdbc);
    OnPumpUser cora = OnPumpUser.perfusionist(department.ccp(), department.departmentId());
    String methods = """
        {"contactMethods": [{"kind": "VOICE", "address": "+15550109999", "pages": true, "routine": false},
                            {"kind": "SLACK", "address": "https://hooks.slack.com/services/T/B/X", "pages": false,
                             "routine": true}]}""";

    assertThat(contactMethods(department, department.ccp(), cora, methods)).hasStatusOk().bodyJson()
        .extractingPath("$.contactMethods[*].kind").asArray().containsExactly("VOICE", "SLACK");
    assertThat(staff.departmentStaffById(department.departmentId()).get(department.ccp()).contactMethods())
        .extracting(ContactMethod::kind).containsExactly(ContactMethod.Kind.VOICE, ContactMethod.Kind.SLACK);
    assertThat(audited(department, "CONTACT_METHODS_EDITED")).isEqualTo(1);
    assertThat(contactMethods(department, department.student(), cora, methods)).hasStatus(HttpStatus.FORBIDDEN);
    assertThat(contactMethods(department, department.student(), OnPumpUser.manager(department.departmentId()),
        methods)).hasStatusOk();
    assertThat(contactMethods(department, department.ccp(), cora, """
        {"contactMethods": [{"kind": "EMAIL", "address": "not-an-address", "pages": false, "routine": false}]}"""))
        .hasStatus(HttpStatus.BAD_REQUEST).bodyJson().extractingPath("$.errors[*].field").asArray()
        .containsExactlyInAnyOrder("contactMethods[0].address", "contactMethods[0]");
  }

  private MvcTestResult post(TestDepartment department, OnPumpUser user, String body) {
    return mvc.post().uri("/api/v1/departments/{d}/perfusionists", department.departmentId())
        .header(HttpHeaders.AUTHORIZATION, SignedInAsAdmin.as(user))
        .contentType(MediaType.APPLICATION_JSON).content(body).exchange();
  }

  private MvcTestResult put(TestDepartment department, String id, OnPumpUser user, String body) {
    return mvc.put().uri("/api/v1/departments/{d}/perfusionists/{p}", department.departmentId(), id)
        .header(HttpHeaders.AUTHORIZATION, SignedInAsAdmin.as(user))
        .contentType(MediaType.APPLICATION_JSON).content(body).exchange();
  }

  private MvcTestResult contactMethods(TestDepartment department, String id, OnPumpUser user, String body) {
    return mvc.put().uri("/api/v1/departments/{d}/perfusionists/{p}/contact-methods", department.departmentId(), id)
        .header(HttpHeaders.AUTHORIZATION, SignedInAsAdmin.as(user))
        .contentType(MediaType.APPLICATION_JSON).content(body).exchange();
  }

  private static String ccp(String id, String hospitalId) {
    return """
        {"id": "%s", "displayName": "Rosa Rivera", "email": "rosa@example.org", "credentialLevel": "CCP",
         "certificationExpiry": "2028-06-30", "competencies": ["ECMO_ADULT", "ADULT_CPB", "ADULT_CPB"],
         "privileges": [{"hospitalId": "%s", "minutesFromHome": 20}], "licences": ["NY"],
         "contractMinutesPerWeek": 1920, "avoidsNights": true,
         "contactMethods": [{"kind": "SMS", "address": "+15550101234", "pages": true, "routine": false},
                            {"kind": "EMAIL", "address": "rosa@example.org", "pages": true, "routine": true}]}
        """.formatted(id, hospitalId);
  }

  private UUID replanCause(TestDepartment department) {
    return jdbc.sql("SELECT dirty_cause FROM department_plan WHERE department_id = ?")
        .param(department.departmentId()).query((row, n) -> row.getObject(1, UUID.class)).list().stream()
        .filter(Objects::nonNull).findFirst().orElse(null);
  }

  private long audited(TestDepartment department, String action) {
    return jdbc.sql("SELECT count(*) FROM workflow_audit WHERE department_id = ? AND action = ?")
        .params(department.departmentId(), action).query(Long.class).single();
  }
}
