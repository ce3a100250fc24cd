package org.onpump.scheduler.report;

import java.util.List;

/** A report that can also be downloaded as a CSV file: its file name, header row and rows. */
interface CsvReport {

  /** The file name without {@code .csv}. */
  String fileName();

  List<String> csvHeader();

  List<List<Object>> csvRows();
}
