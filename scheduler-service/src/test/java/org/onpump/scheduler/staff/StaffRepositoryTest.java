package org.onpump.scheduler.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.onpump.scheduler.SchedulerServiceTest;
import org.onpump.scheduler.TestDepartment;
import org.onpump.shared.event.ContactMethod;
import org.onpump.shared.event.Competency;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The staff are read from the database with every fact the roster weighs. */
@SchedulerServiceTest
class StaffRepositoryTest {

  @Autowired
  StaffRepository repository;

  @Autowired
  JdbcClient jdbc;

  @Test
  void demoPerfusionistsCarryTheirCredentialDatesPrivilegesLicencesAndYearSoFar() {
    Map<String, Perfusionist> demo = byId(repository.departmentStaff("demo-cardiac"));

    assertThat(demo).hasSize(12);
    Perfusionist ana = demo.get("p-01");
    assertThat(ana.credential()).isEqualTo(Credential.ccp(LocalDate.of(2027, 6, 30)));
    assertThat(ana.displayName()).isEqualTo("Ana Ortiz");
    assertThat(ana.competencies()).containsExactlyInAnyOrder(Competency.ADULT_CPB, Competency.PAEDIATRIC_CPB,
        Competency.ECMO_ADULT, Competency.ECMO_NEONATAL);
    assertThat(ana.privileges()).containsExactly("demo-general");
    assertThat(ana.minutesFromHomeTo("demo-general")).isEqualTo(12);
    assertThat(ana.licences()).containsExactlyInAnyOrder("NY", "NJ");
    assertThat(ana.yearToDate()).isEqualTo(new YearToDate(12, 4, 9, 4, 1, 0, 0, 0));
    assertThat(ana.preferences().preferredHospitals()).containsExactly("demo-general");
    assertThat(demo.get("p-08").credential()).isEqualTo(Credential.boardEligible(LocalDate.of(2027, 6, 30)));
    assertThat(demo.get("p-11").credential()).isEqualTo(Credential.student());
    assertThat(demo.get("p-11").yearToDate().trainingCases()).isEqualTo(38);
    assertThat(demo.get("p-06").contractMinutesPerWeek()).isEqualTo(1920);
    assertThat(demo.get("p-02").preferences().daysOff()).containsExactly(DayOfWeek.FRIDAY);
    assertThat(demo.get("p-07").preferences().daysOff())
        .containsExactlyInAnyOrder(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
    assertThat(demo.get("p-05").preferences().avoidsNights()).isTrue();
    assertThat(demo.get("p-04").timeOff()).hasSize(1);
    assertThat(demo.values()).allSatisfy(person -> assertThat(person.isLicensedIn("NY")).isTrue());
  }

  @Test
  void contactMethodsComeInTheirOrderAndTravelWithThePersonInEvents() {
    TestDepartment department = TestDepartment.create(jdbc);
    jdbc.sql("""
            INSERT INTO perfusionist_contact_method (perfusionist_id, position, kind, address, pages, routine)
            VALUES (?, 2, 'EMAIL', 'cora@test.onpump.org', true, true), (?, 1, 'SMS', '+15550100009', true, false)""")
        .params(department.ccp(), department.ccp()).update();

    Perfusionist cora = byId(repository.departmentStaff(department.departmentId())).get(department.ccp());

    assertThat(cora.contactMethods()).containsExactly(
        new ContactMethod(ContactMethod.Kind.SMS, "+15550100009", true, false),
        new ContactMethod(ContactMethod.Kind.EMAIL, "cora@test.onpump.org", true, true));
    assertThat(cora.toStaffMember().methodsFor(true)).extracting(ContactMethod::kind)
        .containsExactly(ContactMethod.Kind.SMS, ContactMethod.Kind.EMAIL);
    assertThat(cora.toStaffMember().methodsFor(false)).extracting(ContactMethod::kind)
        .containsExactly(ContactMethod.Kind.EMAIL);
    assertThat(byId(repository.departmentStaff(department.departmentId())).get(department.student())
        .contactMethods()).isEmpty();
  }

  @Test
  void aPersonWithNothingRecordedButTheBasicsGetsTheDefaults() {
    TestDepartment department = TestDepartment.create(jdbc);

    Perfusionist student = byId(repository.departmentStaff(department.departmentId())).get(department.student());

    assertThat(student.contractMinutesPerWeek()).isEqualTo(PerfusionistBuilder.FULL_TIME_MINUTES_PER_WEEK);
    assertThat(student.timeOff()).isEmpty();
    assertThat(student.licences()).isEmpty();
    assertThat(student.preferences()).isEqualTo(Preferences.NONE);
    assertThat(student.yearToDate()).isEqualTo(YearToDate.NONE);
    assertThat(student.privileges()).containsExactly(department.hospitalId());
  }

  @Test
  void timeOffAndPreferencesAreReadPerPerson() {
    TestDepartment department = TestDepartment.create(jdbc);
    Instant start = Instant.parse("2026-12-24T05:00:00Z");
    jdbc.sql("INSERT INTO perfusionist_time_off (perfusionist_id, starts_at, ends_at) VALUES (?, ?::timestamptz, "
        + "?::timestamptz)").params(department.ccp(), start.toString(), start.plusSeconds(86_400).toString()).update();
    jdbc.sql("INSERT INTO perfusionist_day_off_preference (perfusionist_id, day_of_week) VALUES (?, 'MONDAY')")
        .param(department.boardEligible()).update();
    jdbc.sql("UPDATE perfusionist SET avoids_nights = true, contract_minutes_per_week = 1200 WHERE id = ?")
        .param(department.boardEligible()).update();

    Map<String, Perfusionist> staff = byId(repository.departmentStaff(department.departmentId()));

    assertThat(staff.get(department.ccp()).timeOff()).containsExactly(new TimeOff(start, start.plusSeconds(86_400)));
    assertThat(staff.get(department.ccp()).isOffDuring(start.plusSeconds(3600), start.plusSeconds(7200))).isTrue();
    Perfusionist be = staff.get(department.boardEligible());
    assertThat(be.preferences().daysOff()).isEqualTo(Set.of(DayOfWeek.MONDAY));
    assertThat(be.preferences().avoidsNights()).isTrue();
    assertThat(be.contractMinutesPerWeek()).isEqualTo(1200);
  }

  private static Map<String, Perfusionist> byId(List<Perfusionist> staff) {
    return staff.stream().collect(Collectors.toMap(Perfusionist::id, Function.identity()));
  }
}
