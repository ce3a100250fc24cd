package org.onpump.scheduler.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
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

/** A perfusionist's secret calendar link: who may create, list and revoke it, and what the table keeps. */
@SchedulerServiceTest
class CalendarLinksApiTest {

  @Autowired
  MockMvcTester mvc;

  @Autowired
  JdbcClient jdbc;

  @Test
  void aPerfusionistCreatesListsAndRevokesTheirOwnLinkAndOnlyTheTokensHashIsKept() throws Exception {
    TestDepartment department = TestDepartment.create(jdbc);
    OnPumpUser cora = OnPumpUser.perfusionist(department.ccp(), department.departmentId());
    String links = personLinks(department, department.ccp());

    String url = Feeds.createLink(mvc, links, cora);
    String token = Feeds.token(url);
    assertThat(url).matches("http://localhost:8080/calendars/[A-Za-z0-9_-]{43}\\.ics");
    assertThat(jdbc.sql("SELECT token_sha256 FROM calendar_link WHERE perfusionist_id = ?")
        .param(department.ccp()).query(String.class).single()).isEqualTo(CalendarTokens.hash(token))
        .isNotEqualTo(token);

    var listed = mvc.get().uri(links).header(HttpHeaders.AUTHORIZATION, SignedInAsAdmin.as(cora)).exchange();
    assertThat(listed).hasStatusOk().bodyJson().extractingPath("$[0].perfusionistId").isEqualTo(department.ccp());
    assertThat(listed.getResponse().getContentAsString()).doesNotContain(token);
    String linkId = JsonPath.read(listed.getResponse().getContentAsString(), "$[0].id");

    assertThat(mvc.delete().uri(links + "/" + linkId).header(HttpHeaders.AUTHORIZATION, SignedInAsAdmin.as(cora)))
        .hasStatus(HttpStatus.NO_CONTENT);
    assertThat(mvc.delete().uri(links + "/" + linkId).header(HttpHeaders.AUTHORIZATION, SignedInAsAdmin.as(cora)))
        .hasStatus(HttpStatus.NOT_FOUND);
    assertThat(mvc.get().uri(links).header(HttpHeaders.AUTHORIZATION, SignedInAsAdmin.as(cora))).hasStatusOk()
        .bodyJson().isEqualTo("[]");
    assertThat(jdbc.sql("SELECT action FROM workflow_audit WHERE department_id = ? ORDER BY id")
        .param(department.departmentId()).query(String.class).list())
        .containsExactly("CALENDAR_LINK_CREATED", "CALENDAR_LINK_REVOKED");
  }

  @Test
  void aManagerOfTheDepartmentMayButAColleagueOrAnotherDepartmentsManagerMayNot() throws Exception {
    TestDepartment department = TestDepartment.create(jdbc);
    TestDepartment other = TestDepartment.create(jdbc);
    String links = personLinks(department, department.ccp());
    String url = Feeds.createLink(mvc, links, OnPumpUser.manager(department.departmentId()));
    String linkId = jdbc.sql("SELECT id::text FROM calendar_link WHERE token_sha256 = ?")
        .param(CalendarTokens.hash(Feeds.token(url))).query(String.class).single();

    for (OnPumpUser refused : new OnPumpUser[] {
        OnPumpUser.perfusionist(department.boardEligible(), department.departmentId()),
        OnPumpUser.manager(other.departmentId()), OnPumpUser.hospitalSystem(department.hospitalId())}) {
      String as = SignedInAsAdmin.as(refused);
      assertThat(mvc.post().uri(links).header(HttpHeaders.AUTHORIZATION, as)).hasStatus(HttpStatus.FORBIDDEN);
      assertThat(mvc.get().uri(links).header(HttpHeaders.AUTHORIZATION, as)).hasStatus(HttpStatus.FORBIDDEN);
      assertThat(mvc.delete().uri(links + "/" + linkId).header(HttpHeaders.AUTHORIZATION, as))
          .hasStatus(HttpStatus.FORBIDDEN);
    }
    assertThat(jdbc.sql("SELECT count(*) FROM calendar_link WHERE department_id = ?")
        .param(department.departmentId()).query(Long.class).single()).isEqualTo(1);
    assertThat(mvc.get().uri(links).header(HttpHeaders.AUTHORIZATION,
        SignedInAsAdmin.as(OnPumpUser.manager(department.departmentId())))).hasStatusOk()
        .bodyJson().extractingPath("$.length()").isEqualTo(1);
  }

  @Test
  void aPerfusionistOfAnotherDepartmentIsNotFoundUnderThisOne() {
    TestDepartment department = TestDepartment.create(jdbc);
    TestDepartment other = TestDepartment.create(jdbc);
    // Themself by id, but not on this department's staff: nothing to create a link for here.
    assertThat(mvc.post().uri(personLinks(department, other.ccp())).header(HttpHeaders.AUTHORIZATION,
        SignedInAsAdmin.as(OnPumpUser.perfusionist(other.ccp(), department.departmentId()))))
        .hasStatus(HttpStatus.NOT_FOUND);
    assertThat(jdbc.sql("SELECT count(*) FROM calendar_link WHERE perfusionist_id = ?").param(other.ccp())
        .query(Long.class).single()).isZero();
  }

  @Test
  void departmentLinksAreMadeByMembersAndRevokedByTheirMakerOrAManager() throws Exception {
    TestDepartment department = TestDepartment.create(jdbc);
    String links = "/api/v1/departments/" + department.departmentId() + "/calendar-links";
    OnPumpUser cora = OnPumpUser.perfusionist(department.ccp(), department.departmentId());
    OnPumpUser bo = OnPumpUser.perfusionist(department.boardEligible(), department.departmentId());
    OnPumpUser manager = OnPumpUser.manager(department.departmentId());
    Feeds.createLink(mvc, links, cora);
    Feeds.createLink(mvc, links, manager);

    assertThat(mvc.post().uri(links).header(HttpHeaders.AUTHORIZATION, SignedInAsAdmin.as(
        OnPumpUser.perfusionist("someone", TestDepartment.create(jdbc).departmentId()))))
        .hasStatus(HttpStatus.FORBIDDEN);
    assertThat(mvc.get().uri(links).header(HttpHeaders.AUTHORIZATION, SignedInAsAdmin.as(manager))).hasStatusOk()
        .bodyJson().extractingPath("$.length()").isEqualTo(2);
    var coras = mvc.get().uri(links).header(HttpHeaders.AUTHORIZATION, SignedInAsAdmin.as(cora)).exchange();
    assertThat(coras).hasStatusOk().bodyJson().extractingPath("$[*].createdBy").asArray()
        .containsExactly(department.ccp());
    String corasLink = JsonPath.read(coras.getResponse().getContentAsString(), "$[0].id");

    assertThat(mvc.delete().uri(links + "/" + corasLink).header(HttpHeaders.AUTHORIZATION, SignedInAsAdmin.as(bo)))
        .hasStatus(HttpStatus.FORBIDDEN);
    assertThat(mvc.delete().uri(links + "/" + corasLink).header(HttpHeaders.AUTHORIZATION,
        SignedInAsAdmin.as(manager))).hasStatus(HttpStatus.NO_CONTENT);
    assertThat(mvc.get().uri(links).header(HttpHeaders.AUTHORIZATION, SignedInAsAdmin.as(manager))).hasStatusOk()
        .bodyJson().extractingPath("$.length()").isEqualTo(1);
  }

  private static String personLinks(TestDepartment department, String perfusionistId) {
    return "/api/v1/departments/" + department.departmentId() + "/perfusionists/" + perfusionistId
        + "/calendar-links";
  }
}
