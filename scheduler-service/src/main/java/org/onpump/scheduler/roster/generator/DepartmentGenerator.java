package org.onpump.scheduler.roster.generator;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.onpump.scheduler.cases.CaseKey;
import org.onpump.scheduler.cases.CaseStatus;
import org.onpump.scheduler.cases.PumpCase;
import org.onpump.scheduler.department.DepartmentPolicy;
import org.onpump.scheduler.department.Hospital;
import org.onpump.scheduler.roster.DepartmentRoster;
import org.onpump.scheduler.roster.EcmoRun;
import org.onpump.scheduler.roster.RosterPeriod;
import org.onpump.scheduler.roster.RosterProblem;
import org.onpump.scheduler.staff.Perfusionist;
import org.onpump.shared.event.Competency;

/**
 * Generates a whole department to roster, from a seed: hospitals a short drive apart, staff ({@link StaffGenerator}),
 * a realistic mix of pump cases in every OR on weekdays, ECMO runs, on call every night and weekend day, and the
 * holidays of the period. The same seed and size always give the same department.
 */
public final class DepartmentGenerator {

  /** A Monday, so weeks line up; the period takes in the December holidays from size M up. */
  public static final LocalDate FIRST_DAY = LocalDate.of(2026, 11, 30);
  static final ZoneId ZONE = ZoneId.of("America/New_York");
  static final Set<LocalDate> HOLIDAYS = Set.of(LocalDate.of(2026, 12, 25), LocalDate.of(2027, 1, 1));

  private record CaseType(String procedure, Competency competency, int minMinutes, int maxMinutes, double weight) {
  }

  private static final List<CaseType> CASE_MIX = List.of(
      new CaseType("CABG", Competency.ADULT_CPB, 180, 300, 0.33),
      new CaseType("VALVE", Competency.ADULT_CPB, 180, 300, 0.20),
      new CaseType("AORTIC", Competency.ADULT_CPB, 240, 420, 0.08),
      new CaseType("REDO", Competency.ADULT_CPB, 300, 420, 0.04),
      new CaseType("OFF_PUMP_CABG", Competency.ADULT_CPB, 180, 240, 0.07),
      new CaseType("TAVR", Competency.ADULT_CPB, 90, 150, 0.08),
      new CaseType("CONGENITAL", Competency.PAEDIATRIC_CPB, 180, 360, 0.08),
      new CaseType("TRANSPLANT", Competency.TRANSPLANT, 300, 480, 0.02),
      new CaseType("VAD", Competency.VAD, 240, 360, 0.05),
      new CaseType("HIPEC", Competency.HIPEC, 240, 420, 0.03),
      new CaseType("ILP", Competency.ISOLATED_LIMB_PERFUSION, 120, 180, 0.02));

  private DepartmentGenerator() {
  }

  /** An unsolved roster: every seat empty, nothing published yet. */
  public static DepartmentRoster generate(DepartmentSize size, long seed) {
    Random random = new Random(seed);
    List<Hospital> hospitals = hospitals(size);
    int days = size.weeks * 7;
    List<Perfusionist> staff = new StaffGenerator(random, hospitals, FIRST_DAY, days, ZONE).generate(size);
    RosterProblem problem = new RosterProblem(DepartmentPolicy.defaults(),
        new RosterPeriod(FIRST_DAY, days, ZONE, HOLIDAYS), hospitals, staff);
    Map<String, String> nobody = Map.of();
    for (PumpCase pumpCase : cases(size, hospitals, random)) {
      problem.addCase(pumpCase, nobody, nobody, Set.of());
    }
    problem.addOnCall(nobody, nobody, Set.of());
    for (int i = 0; i < size.ecmoRuns; i++) {
      Hospital hospital = hospitals.get(i % hospitals.size());
      Instant start = FIRST_DAY.plusDays(random.nextInt(days)).atTime(LocalTime.of(7, 0)).atZone(ZONE).toInstant();
      problem.addEcmoRun(new EcmoRun("ecmo-" + (i + 1), hospital.id(), start,
          start.plusSeconds(3600L * 24 * (2 + random.nextInt(5))),
          i % 3 == 2 ? Competency.ECMO_NEONATAL : Competency.ECMO_ADULT), nobody, nobody, Set.of());
    }
    return problem.build();
  }

  /**
   * Hospitals on a grid four wide, 15 minutes' drive per step; the first columns in New York and New Jersey, which
   * license perfusionists, the last in Connecticut, which does not.
   */
  static List<Hospital> hospitals(DepartmentSize size) {
    String[] states = {"NY", "NY", "NJ", "CT"};
    List<Hospital> hospitals = new ArrayList<>();
    for (int i = 0; i < size.hospitals; i++) {
      Map<String, Integer> minutesTo = new HashMap<>();
      for (int j = 0; j < size.hospitals; j++) {
        if (i != j) {
          int steps = Math.abs(i % 4 - j % 4) + Math.abs(i / 4 - j / 4);
          minutesTo.put(hospitalId(j), 10 + 15 * steps);
        }
      }
      String state = states[i % 4];
      hospitals.add(new Hospital(hospitalId(i), ZONE, state, !state.equals("CT"), minutesTo));
    }
    return hospitals;
  }

  private static String hospitalId(int index) {
    return String.format("h-%02d", index + 1);
  }

  /** Every OR runs a first case on every weekday, often a second; paediatric and transplant at a few centres. */
  private static List<PumpCase> cases(DepartmentSize size, List<Hospital> hospitals, Random random) {
    List<PumpCase> cases = new ArrayList<>();
    for (int h = 0; h < hospitals.size(); h++) {
      Hospital hospital = hospitals.get(h);
      boolean specialistCentre = h % 4 == 0;
      for (LocalDate day = FIRST_DAY; day.isBefore(FIRST_DAY.plusDays(size.weeks * 7L)); day = day.plusDays(1)) {
        if (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY
            || HOLIDAYS.contains(day)) {
          continue;
        }
        for (int room = 1; room <= size.operatingRooms; room++) {
          Instant start = day.atTime(LocalTime.of(7, 30)).plusMinutes(15L * random.nextInt(3)).atZone(ZONE)
              .toInstant();
          int count = random.nextDouble() < size.secondCaseChance ? 2 : 1;
          for (int n = 0; n < count; n++) {
            CaseType type = caseType(random, specialistCentre);
            int minutes = type.minMinutes + 15 * random.nextInt((type.maxMinutes - type.minMinutes) / 15 + 1);
            String caseId = "c-" + day + "-or" + room + "-" + (n + 1);
            cases.add(new PumpCase(new CaseKey(hospital.id(), caseId), "generated", type.procedure,
                type.competency, "OR-" + room, start, minutes, ZONE.getId(), CaseStatus.SCHEDULED, null, null));
            start = start.plusSeconds(60L * (minutes + 45));
          }
        }
      }
    }
    return cases;
  }

  private static CaseType caseType(Random random, boolean specialistCentre) {
    while (true) {
      double pick = random.nextDouble();
      for (CaseType type : CASE_MIX) {
        pick -= type.weight;
        if (pick < 0) {
          boolean specialist = type.procedure.equals("CONGENITAL") || type.procedure.equals("TRANSPLANT");
          if (specialist && !specialistCentre) {
            break;
          }
          return type;
        }
      }
    }
  }
}
