package org.onpump.scheduler.staff;

/**
 * What a perfusionist has done so far this certification year (1 July to 30 June): clinical activities as primary
 * and secondary, nights, weekends and holidays on call, and for students and board-eligible perfusionists their
 * training counts (all cases and paediatric cases; independent cases since graduating).
 */
public record YearToDate(int primaryActivities, int secondaryActivities, int nights, int weekends, int holidays,
    int trainingCases, int paediatricTrainingCases, int independentCases) {

  public static final YearToDate NONE = new YearToDate(0, 0, 0, 0, 0, 0, 0, 0);

  public YearToDate {
    if (primaryActivities < 0 || secondaryActivities < 0 || nights < 0 || weekends < 0 || holidays < 0
        || trainingCases < 0 || paediatricTrainingCases < 0 || independentCases < 0) {
      throw new IllegalArgumentException("year-to-date counts cannot be negative");
    }
  }

  public int clinicalActivities() {
    return primaryActivities + secondaryActivities;
  }
}
