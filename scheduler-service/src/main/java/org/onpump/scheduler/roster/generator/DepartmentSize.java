package org.onpump.scheduler.roster.generator;

/**
 * The department sizes the benchmarks and tests use: how many hospitals, perfusionists (of them students and
 * board-eligible), weeks, operating rooms per hospital, and ECMO runs.
 *
 * @param secondCaseChance chance that an OR runs a second case after its first of the day
 */
public enum DepartmentSize {
  /** For tests: one hospital, six people, one week. */
  XS(1, 6, 1, 1, 1, 2, 0.5, 0),
  /** One hospital, ten perfusionists, two weeks (about 40 cases). */
  S(1, 10, 2, 2, 2, 3, 0.4, 1),
  /** Three hospitals, forty perfusionists, four weeks (about 700 cases). */
  M(3, 40, 4, 6, 4, 6, 0.95, 3),
  /** Twelve hospitals, 160 perfusionists, eight weeks (about 5,000 cases). */
  L(12, 160, 16, 24, 8, 6, 0.75, 12);

  final int hospitals;
  final int perfusionists;
  final int students;
  final int boardEligible;
  final int weeks;
  final int operatingRooms;
  final double secondCaseChance;
  final int ecmoRuns;

  DepartmentSize(int hospitals, int perfusionists, int students, int boardEligible, int weeks, int operatingRooms,
      double secondCaseChance, int ecmoRuns) {
    this.hospitals = hospitals;
    this.perfusionists = perfusionists;
    this.students = students;
    this.boardEligible = boardEligible;
    this.weeks = weeks;
    this.operatingRooms = operatingRooms;
    this.secondCaseChance = secondCaseChance;
    this.ecmoRuns = ecmoRuns;
  }
}
