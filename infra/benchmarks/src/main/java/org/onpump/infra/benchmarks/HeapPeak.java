package org.onpump.infra.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/**
 * Peak heap use over one run: the JVM's own peak per heap pool (eden, survivor, old), reset before the run and
 * summed after it. It counts everything on the heap, the department and garbage not yet collected included, and the
 * pools may peak at different moments, so it is an upper bound of what the run needed at once; -Xmx caps it.
 */
final class HeapPeak {

  private HeapPeak() {
  }

  /** Collects what earlier runs left behind, then starts a new peak. */
  static void reset() {
    System.gc();
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        pool.resetPeakUsage();
      }
    }
  }

  static long bytes() {
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    return peak;
  }
}
