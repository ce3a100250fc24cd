package org.onpump.scheduler.department;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.onpump.scheduler.SchedulerServiceTest;
import org.onpump.scheduler.TestDepartment;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Hospitals, policies and holidays are read from the database as the roster needs them. */
@SchedulerServiceTest
class DepartmentRepositoriesTest {

  @Autowired
  HospitalDirectory directory;

  @Autowired
  DepartmentPolicies policies;

  @Autowired
  JdbcClient jdbc;

  @Test
  void demoGeneralIsInNewYorkWhichRequiresALicence() {
    assertThat(directory.hospitals("demo-cardiac")).containsExactly(
        new Hospital("demo-general", ZoneId.of("America/New_York"), "NY", true, Map.of()));
  }

  @Test
  void travelBetweenTheDepartmentsHospitalsIsReadBothWays() {
    TestDepartment department = TestDepartment.create(jdbc);
    String other = department.hospitalId() + "-east";
    jdbc.sql("INSERT INTO hospital (id, department_id, name, time_zone, state) VALUES (?, ?, 'East', "
        + "'America/New_York', 'NJ')").params(other, department.departmentId()).update();
    jdbc.sql("INSERT INTO hospital_travel (from_hospital_id, to_hospital_id, minutes) VALUES (?, ?, 35), (?, ?, 40)")
        .params(department.hospitalId(), other, other, department.hospitalId()).update();

    var hospitals = directory.hospitals(department.departmentId());

    assertThat(hospitals).extracting(Hospital::id).containsExactly(department.hospitalId(), other);
    assertThat(hospitals.get(0).travelMinutesTo(other)).isEqualTo(35);
    assertThat(hospitals.get(1).travelMinutesTo(department.hospitalId())).isEqualTo(40);
    assertThat(hospitals.get(1).state()).isEqualTo("NJ");
    assertThat(hospitals.get(1).licenceRequired()).isFalse();
  }

  @Test
  void aDepartmentWithoutAPolicyRowFollowsTheDefaults() {
    assertThat(policies.policyOf(TestDepartment.create(jdbc).departmentId())).isEqualTo(DepartmentPolicy.defaults());
  }

  @Test
  void theColumnDefaultsOfAPolicyRowAreTheDocumentedDefaults() {
    TestDepartment department = TestDepartment.create(jdbc);
    jdbc.sql("INSERT INTO department_policy (department_id) VALUES (?)").param(department.departmentId()).update();

    assertThat(policies.policyOf(department.departmentId())).isEqualTo(DepartmentPolicy.defaults());
  }

  @Test
  void aPolicyRowOverridesEachSettingItNames() {
    TestDepartment department = TestDepartment.create(jdbc);
    jdbc.sql("""
            INSERT INTO department_policy (department_id, second_perfusionist_procedures, first_call_response_minutes,
              night_start, n_plus_one) VALUES (?, '{TRANSPLANT,ECMO_CANNULATION}', 20, '18:30', false)""")
        .param(department.departmentId()).update();

    DepartmentPolicy policy = policies.policyOf(department.departmentId());

    assertThat(policy.secondPerfusionistProcedures()).containsExactlyInAnyOrder("TRANSPLANT", "ECMO_CANNULATION");
    assertThat(policy.firstCallResponseMinutes()).isEqualTo(20);
    assertThat(policy.nightStart()).isEqualTo(LocalTime.of(18, 30));
    assertThat(policy.nPlusOne()).isFalse();
    assertThat(policy.restMinutes()).isEqualTo(DepartmentPolicy.defaults().restMinutes());
    assertThat(policies.policyOf("demo-cardiac").studentSeats()).isFalse();
  }

  @Test
  void aPolicyWhoseDayStartsAfterItsNightIsRefused() {
    TestDepartment department = TestDepartment.create(jdbc);

    assertThatThrownBy(() -> jdbc.sql("INSERT INTO department_policy (department_id, day_start, night_start) "
        + "VALUES (?, '19:00', '17:00')").param(department.departmentId()).update())
        .isInstanceOf(DataIntegrityViolationException.class);
  }

  @Test
  void holidaysAreReadForTheDaysAsked() {
    assertThat(policies.holidays("demo-cardiac", LocalDate.of(2026, 11, 1), LocalDate.of(2027, 1, 1)))
        .containsExactlyInAnyOrder(LocalDate.of(2026, 11, 26), LocalDate.of(2026, 12, 25));
  }

  @Test
  void aCcpWithoutACertificationExpiryIsRefused() {
    TestDepartment department = TestDepartment.create(jdbc);

    assertThatThrownBy(() -> jdbc.sql("INSERT INTO perfusionist (id, department_id, display_name, email, "
        + "credential_level) VALUES (?, ?, 'No Date', 'x@test.onpump.org', 'CCP')")
        .params(department.ccp() + "-2", department.departmentId()).update())
        .isInstanceOf(DataIntegrityViolationException.class);
  }
}
