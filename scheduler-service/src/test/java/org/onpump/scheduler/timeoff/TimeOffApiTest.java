package org.onpump.scheduler.timeoff;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.onpump.infra.identity.OnPumpUser;
import org.onpump.scheduler.SchedulerServiceTest;
import org.onpump.scheduler.SignedInAsAdmin;
import org.onpump.scheduler.TestDepartment;
import org.onpump.scheduler.staff.StaffRepository;
import org.onpump.scheduler.staff.TimeOff;
import org.onpump.shared.event.NotificationRequested;
import org.onpump.shared.json.EventCodec;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Time off from a perfusionist's request to a manager's decision, and who may do which step. */
@SchedulerServiceTest
class TimeOffApiTest {

  private static final Instant START = Instant.now().plus(Duration.ofDays(20)).truncatedTo(ChronoUnit.HOURS);
  private static final Instant END = START.plus(Duration.ofDays(3));

  @Autowired
  MockMvcTester mvc;

  @Autowired
  JdbcClient jdbc;

  @Autowired
  StaffRepository staff;

  @Test
  void anApprovedRequestIsTimeOffTheRosterHonoursAndTheRequesterIsTold() {
    TestDepartment department = TestDepartment.create(jdbc);
    OnPumpUser cora = OnPumpUser.perfusionist(department.ccp(), department.departmentId());
    MvcTestResult asked = ask(department, department.ccp(), cora, period("Family visit"));
    assertThat(asked).hasStatus(HttpStatus.CREATED).bodyJson().isLenientlyEqualTo("""
        {"perfusionistId": "%s", "status": "PENDING", "reason": "Family visit", "startsAt": "%s", "endsAt": "%s"}"""
        .formatted(department.ccp(), START, END));
    String id = id(asked);
    assertThat(replanCause(department)).as("a request alone changes no roster input").isNull();

    assertThat(decide(department, id, cora, "{\"decision\": \"APPROVED\"}")).hasStatus(HttpStatus.FORBIDDEN);
    assertThat(decide(department, id, OnPumpUser.manager(TestDepartment.create(jdbc).departmentId()),
        "{\"decision\": \"APPROVED\"}")).hasStatus(HttpStatus.FORBIDDEN);
    assertThat(decide(department, id, OnPumpUser.manager(department.departmentId()),
        "{\"decision\": \"APPROVED\", \"note\": \"Enjoy it\"}"))
        .hasStatusOk().bodyJson().isLenientlyEqualTo("""
            {"status": "APPROVED", "note": "Enjoy it", "decidedBy": "manager-%s"}""".formatted(
            department.departmentId()));

    assertThat(staff.departmentStaffById(department.departmentId()).get(department.ccp()).timeOff())
        .containsExactly(new TimeOff(START, END));
    assertThat(replanCause(department)).isNotNull();
    assertThat(audited(department)).containsExactly("TIME_OFF_REQUESTED", "TIME_OFF_APPROVED");
    List<NotificationRequested> told = notices(department);
    assertThat(told).singleElement().satisfies(notice -> {
      assertThat(notice.recipient().perfusionistId()).isEqualTo(department.ccp());
      assertThat(notice.subject()).isEqualTo("OnPump: time off approved");
      assertThat(notice.message()).contains("was approved", "Note: Enjoy it");
      assertThat(notice.violations()).isEmpty();
    });

    assertThat(decide(department, id, OnPumpUser.manager(department.departmentId()),
        "{\"decision\": \"DECLINED\"}")).hasStatus(HttpStatus.CONFLICT).bodyJson()
        .extractingPath("$.status").isEqualTo("APPROVED");
    assertThat(withdraw(department, id, cora)).hasStatus(HttpStatus.CONFLICT);
    assertThat(notices(department)).hasSize(1);
  }

  @Test
  void aDeclinedRequestChangesNoRosterInputAndTheRequesterIsTold() {
    TestDepartment department = TestDepartment.create(jdbc);
    String id = id(ask(department, department.student(), OnPumpUser.manager(department.departmentId()),
        period(null)));

    assertThat(decide(department, id, OnPumpUser.admin(), "{\"decision\": \"DECLINED\", \"note\": \"Exam week\"}"))
        .hasStatusOk().bodyJson().extractingPath("$.status").isEqualTo("DECLINED");
    assertThat(staff.departmentStaffById(department.departmentId()).get(department.student()).timeOff()).isEmpty();
    assertThat(replanCause(department)).isNull();
    assertThat(notices(department)).singleElement().extracting(NotificationRequested::subject)
        .isEqualTo("OnPump: time off declined");
  }

  @Test
  void onlyTheRequesterWithdrawsAPendingRequestAndNobodyAsksForAColleague() {
    TestDepartment department = TestDepartment.create(jdbc);
    OnPumpUser cora = OnPumpUser.perfusionist(department.ccp(), department.departmentId());
    OnPumpUser bo = OnPumpUser.perfusionist(department.boardEligible(), department.departmentId());

    assertThat(ask(department, department.boardEligible(), cora, period(null))).hasStatus(HttpStatus.FORBIDDEN);
    String id = id(ask(department, department.ccp(), cora, period(null)));
    assertThat(withdraw(department, id, bo)).hasStatus(HttpStatus.FORBIDDEN);
    assertThat(withdraw(department, id, cora)).hasStatusOk().bodyJson().extractingPath("$.status")
        .isEqualTo("WITHDRAWN");
    assertThat(withdraw(department, id, cora)).hasStatus(HttpStatus.CONFLICT);
    assertThat(withdraw(department, UUID.randomUUID().toString(), cora)).hasStatus(HttpStatus.NOT_FOUND);
  }

  @Test
  void managersListEveryonesRequestsAndAPerfusionistOnlyTheirOwn() {
    TestDepartment department = TestDepartment.create(jdbc);
    OnPumpUser cora = OnPumpUser.perfusionist(department.ccp(), department.departmentId());
    OnPumpUser manager = OnPumpUser.manager(department.departmentId());
    ask(department, department.ccp(), cora, period(null));
    String bos = id(ask(department, department.boardEligible(), manager, period(null)));
    decide(department, bos, manager, "{\"decision\": \"DECLINED\"}");
    String list = "/api/v1/departments/{d}/time-off-requests";

    assertThat(mvc.get().uri(list, department.departmentId()).header(HttpHeaders.AUTHORIZATION,
        SignedInAsAdmin.as(manager))).hasStatusOk().bodyJson().extractingPath("$[*].perfusionistId").asArray()
        .containsExactlyInAnyOrder(department.ccp(), department.boardEligible());
    assertThat(mvc.get().uri(list + "?status=PENDING", department.departmentId()).header(HttpHeaders.AUTHORIZATION,
        SignedInAsAdmin.as(manager))).hasStatusOk().bodyJson().extractingPath("$[*].perfusionistId").asArray()
        .containsExactly(department.ccp());
    assertThat(mvc.get().uri(list, department.departmentId()).header(HttpHeaders.AUTHORIZATION,
        SignedInAsAdmin.as(OnPumpUser.perfusionist(department.boardEligible(), department.departmentId()))))
        .hasStatusOk().bodyJson().extractingPath("$[*].perfusionistId").asArray()
        .containsExactly(department.boardEligible());
    assertThat(mvc.get().uri(list, department.departmentId()).header(HttpHeaders.AUTHORIZATION,
        SignedInAsAdmin.as(OnPumpUser.manager(TestDepartment.create(jdbc).departmentId()))))
        .hasStatus(HttpStatus.FORBIDDEN);
    assertThat(mvc.get().uri(list + "?status=MAYBE", department.departmentId())).hasStatus(HttpStatus.BAD_REQUEST)
        .bodyJson().extractingPath("$.errors[0].field").isEqualTo("status");
    assertThat(mvc.get().uri(list, "no-such-department")).hasStatus(HttpStatus.NOT_FOUND);
  }

  @Test
  void eachBadFieldOfARequestOrADecisionIsNamed() {
    TestDepartment department = TestDepartment.create(jdbc);
    OnPumpUser cora = OnPumpUser.perfusionist(department.ccp(), department.departmentId());

    assertThat(ask(department, department.ccp(), cora, """
        {"startsAt": "%s", "endsAt": "%s", "reason": "%s"}""".formatted(END, START, "x".repeat(201))))
        .hasStatus(HttpStatus.BAD_REQUEST).bodyJson().extractingPath("$.errors[*].field").asArray()
        .containsExactlyInAnyOrder("endsAt", "reason");
    assertThat(ask(department, department.ccp(), cora, "{\"startsAt\": \"tomorrow\"}"))
        .hasStatus(HttpStatus.BAD_REQUEST).bodyJson().extractingPath("$.errors[*].field").asArray()
        .containsExactlyInAnyOrder("startsAt", "endsAt");
    String id = id(ask(department, department.ccp(), cora, period(null)));
    assertThat(decide(department, id, OnPumpUser.admin(), "{\"decision\": \"MAYBE\", \"note\": \"%s\"}"
        .formatted("n".repeat(501)))).hasStatus(HttpStatus.BAD_REQUEST).bodyJson()
        .extractingPath("$.errors[*].field").asArray().containsExactlyInAnyOrder("decision", "note");
    assertThat(ask(department, "nobody", OnPumpUser.admin(), period(null))).hasStatus(HttpStatus.NOT_FOUND);
  }

  private static String period(String reason) {
    return "{\"startsAt\": \"%s\", \"endsAt\": \"%s\"%s}".formatted(START, END,
        reason == null ? "" : ", \"reason\": \"" + reason + "\"");
  }

  private MvcTestResult ask(TestDepartment department, String perfusionistId, OnPumpUser user, String body) {
    return mvc.post().uri("/api/v1/departments/{d}/perfusionists/{p}/time-off-requests", department.departmentId(),
            perfusionistId).header(HttpHeaders.AUTHORIZATION, SignedInAsAdmin.as(user))
        .contentType(MediaType.APPLICATION_JSON).content(body).exchange();
  }

  private MvcTestResult decide(TestDepartment department, String id, OnPumpUser user, String body) {
    return mvc.post().uri("/api/v1/departments/{d}/time-off-requests/{r}/decision", department.departmentId(), id)
        .header(HttpHeaders.AUTHORIZATION, SignedInAsAdmin.as(user))
        .contentType(MediaType.APPLICATION_JSON).content(body).exchange();
  }

  private MvcTestResult withdraw(TestDepartment department, String id, OnPumpUser user) {
    return mvc.post().uri("/api/v1/departments/{d}/time-off-requests/{r}/withdrawal", department.departmentId(), id)
        .header(HttpHeaders.AUTHORIZATION, SignedInAsAdmin.as(user)).exchange();
  }

  private static String id(MvcTestResult created) {
    assertThat(created).hasStatus(HttpStatus.CREATED);
    return JsonPath.read(new String(created.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8), "$.id");
  }

  private List<NotificationRequested> notices(TestDepartment department) {
    return jdbc.sql("SELECT payload FROM outbox WHERE topic = 'onpump.notification-requests' AND partition_key = ? "
            + "ORDER BY id").param(department.departmentId()).query(String.class).list().stream()
        .map(EventCodec::read).map(NotificationRequested.class::cast).toList();
  }

  private UUID replanCause(TestDepartment department) {
    return jdbc.sql("SELECT dirty_cause FROM department_plan WHERE department_id = ?")
        .param(department.departmentId()).query((row, n) -> row.getObject(1, UUID.class)).list().stream()
        .filter(Objects::nonNull).findFirst().orElse(null);
  }

  private List<String> audited(TestDepartment department) {
    return jdbc.sql("SELECT action FROM workflow_audit WHERE department_id = ? ORDER BY id")
        .param(department.departmentId()).query(String.class).list();
  }
}
