package org.paceline.bench.scale;

import java.util.List;

import org.paceline.bench.generated.ClusterCondition;
import org.paceline.bench.generated.ClusterShape;

/**
 * The measurements of one generated file.
 *
 * @param warmNanos         Paceline's scheduler in this JVM, median
 * @param peakHeapBytes     the heap in use at most during those runs (an upper bound)
 * @param processNanos      {@code paceline simulate -S} as a whole process, median; -1 when it failed
 * @param processRssKib     its peak resident memory; -1 when unknown
 * @param pacemakerNanos    {@code crm_simulate -S} as a whole process, median; -1 when not run or failed
 * @param pacemakerRssKib   its peak resident memory; -1 when unknown
 * @param pacemakerNote     why crm_simulate has no figure, or null
 * @param pacelineSummary   the Transition Summary {@code paceline simulate} printed, comparable
 * @param pacemakerSummary  the one crm_simulate printed, or null when it did not run
 */
record ScaleRow(ClusterShape shape, ClusterCondition condition, long warmNanos, long peakHeapBytes,
                long processNanos, long processRssKib, long pacemakerNanos, long pacemakerRssKib, String pacemakerNote,
                List<String> pacelineSummary, List<String> pacemakerSummary) {
    String label() {
        return shape.name() + " " + condition.label();
    }

    boolean pacemakerRan() {
        return pacemakerNanos >= 0;
    }

    /** True when both printed the same summary, false when they differ, null when there is nothing to compare. */
    Boolean sameSummary() {
        if (pacemakerSummary == null || pacelineSummary == null) {
            return null;
        }
        return pacemakerSummary.equals(pacelineSummary);
    }
}
