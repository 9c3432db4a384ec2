package org.paceline.bench.scale;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.paceline.bench.generated.ClusterCondition;
import org.paceline.bench.generated.ClusterShape;

/** What the report says of made-up figures: which bars are met, never how fast anything is. */
class ScaleReportTest {
    private static final long MS = 1_000_000;
    private static final long S = 1000 * MS;

    @Test
    void lines_fastEnoughEverywhere_meetsEveryBar() {
        List<String> lines = ScaleReport.lines(rows(100 * MS, 900 * MS, 20 * MS), ScaleReport.HEAP_BAR_BYTES);

        assertTrue(lines.stream().filter(line -> line.startsWith("bar: ")).allMatch(line -> line.contains(": met (")),
                String.join("\n", lines));
    }

    @Test
    void lines_slowAtTheLargestShape_failsTheWarmAndGrowthBars() {
        List<String> lines = ScaleReport.lines(rows(100 * MS, 3 * S, 20 * MS), ScaleReport.HEAP_BAR_BYTES);

        assertTrue(lines.stream().anyMatch(line -> line.startsWith("bar: warm, one run at 32x10000 healthy")
                && line.contains("NOT MET (3.000 s)")), String.join("\n", lines));
        assertTrue(lines.stream().anyMatch(line -> line.startsWith("bar: time growing") && line.contains("NOT MET")),
                String.join("\n", lines));
    }

    @Test
    void lines_largerHeap_failsTheMemoryBar() {
        List<String> lines = ScaleReport.lines(rows(100 * MS, 900 * MS, 20 * MS), 2 * ScaleReport.HEAP_BAR_BYTES);

        assertTrue(lines.stream().anyMatch(line -> line.startsWith("bar: memory") && line.contains("NOT MET")),
                String.join("\n", lines));
    }

    @Test
    void lines_summariesDiffer_saysWhatEachHasMore() {
        var rows = new ArrayList<>(rows(100 * MS, 900 * MS, 20 * MS));
        ScaleRow row = rows.removeFirst();
        rows.addFirst(new ScaleRow(row.shape(), row.condition(), row.warmNanos(), row.peakHeapBytes(), row.processNanos(),
                row.processRssKib(), row.pacemakerNanos(), row.pacemakerRssKib(), null, List.of("* Move a ( n1 -> n2 )"),
                List.of("* Move a ( n1 -> n3 )")));

        List<String> lines = ScaleReport.lines(rows, ScaleReport.HEAP_BAR_BYTES);

        assertTrue(lines.stream().anyMatch(line -> line.startsWith("summaries differ, 16x1000 healthy: crm_simulate 1 more:"
                + " * Move a ( n1 -> n3 )")), String.join("\n", lines));
        assertTrue(lines.stream().anyMatch(line -> line.contains("at 16x1000 healthy: NOT MET")), String.join("\n", lines));
    }

    /** Both conditions of the three shapes: warm times as given, processes ten times faster than crm_simulate. */
    private static List<ScaleRow> rows(long warmSmall, long warmLarge, long warmMiddle) {
        var rows = new ArrayList<ScaleRow>();
        for (ClusterShape shape : ClusterShape.benchmarked()) {
            for (ClusterCondition condition : ClusterCondition.values()) {
                long warm = shape.equals(ClusterShape.NODES_16_PRIMITIVES_1000) ? warmSmall
                        : shape.equals(ClusterShape.NODES_32_PRIMITIVES_10000) ? warmLarge : warmMiddle;
                boolean pacemaker = !shape.equals(ClusterShape.NODES_32_PRIMITIVES_10000);
                rows.add(new ScaleRow(shape, condition, warm, 500L << 20, S, 200_000, pacemaker ? 20 * S : -1,
                        pacemaker ? 900_000 : -1, pacemaker ? null : "left out", List.of(),
                        pacemaker ? List.of() : null));
            }
        }
        return rows;
    }
}
