package org.paceline.bench.scale;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.paceline.bench.generated.ClusterCondition;
import org.paceline.bench.generated.ClusterShape;

/**
 * The lines {@code paceline bench scheduler} ends with: a table of the measurements,
 * then one line per bar of the scheduler issue, met or not, with the figures it was
 * judged on. Pure: rows in, lines out.
 */
final class ScaleReport {
    static final long WARM_BAR_NANOS = 1_000_000_000L;
    static final long HEAP_BAR_BYTES = 1L << 30;

    private ScaleReport() {}

    /**
     * The report's lines.
     *
     * @param maxHeapBytes the heap this JVM may use at most
     */
    static List<String> lines(List<ScaleRow> rows, long maxHeapBytes) {
        var lines = new ArrayList<String>();
        lines.add("%-18s %7s %9s %9s %10s %8s %12s %8s %7s %s".formatted("file", "changes", "warm", "heap",
                "paceline", "rss", "crm_simulate", "rss", "ratio", "same summary"));
        for (ScaleRow row : rows) {
            lines.add("%-18s %7s %9s %9s %10s %8s %12s %8s %7s %s".formatted(row.label(),
                    row.pacelineSummary() == null ? "?" : Integer.toString(row.pacelineSummary().size()),
                    duration(row.warmNanos()), megabytes(row.peakHeapBytes()), duration(row.processNanos()),
                    kibAsMegabytes(row.processRssKib()),
                    row.pacemakerRan() ? duration(row.pacemakerNanos()) : "-",
                    row.pacemakerRan() ? kibAsMegabytes(row.pacemakerRssKib()) : "-",
                    ratio(row).map(r -> "%.1fx".formatted(r)).orElse("-"),
                    row.sameSummary() == null ? "-" : row.sameSummary() ? "yes" : "NO"));
        }
        for (ScaleRow row : rows) {
            if (row.pacemakerNote() != null) {
                lines.add("crm_simulate, " + row.label() + ": " + row.pacemakerNote());
            }
            if (Boolean.FALSE.equals(row.sameSummary())) {
                lines.add("summaries differ, " + row.label() + ": crm_simulate " + difference(row.pacemakerSummary(),
                        row.pacelineSummary()) + "; paceline " + difference(row.pacelineSummary(), row.pacemakerSummary()));
            }
        }
        lines.add("ratio = crm_simulate / paceline simulate, whole processes (higher is better for Paceline)");
        lines.addAll(bars(rows, maxHeapBytes));
        return lines;
    }

    private static List<String> bars(List<ScaleRow> rows, long maxHeapBytes) {
        var lines = new ArrayList<String>();
        for (ClusterCondition condition : ClusterCondition.values()) {
            lines.add(speedBar(rows, ClusterShape.NODES_16_PRIMITIVES_1000, condition, 2));
            lines.add(speedBar(rows, ClusterShape.NODES_32_PRIMITIVES_5000, condition, 10));
        }
        for (ClusterCondition condition : ClusterCondition.values()) {
            Optional<ScaleRow> largest = row(rows, ClusterShape.NODES_32_PRIMITIVES_10000, condition);
            String bar = "bar: warm, one run at 32x10000 " + condition.label() + " under 1 s (median): ";
            lines.add(bar + largest.map(r -> verdict(r.warmNanos() < WARM_BAR_NANOS) + " (" + duration(r.warmNanos())
                    + ")").orElse("not measured"));
        }
        lines.add(growthBar(rows));
        Optional<ScaleRow> largest = row(rows, ClusterShape.NODES_32_PRIMITIVES_10000, ClusterCondition.HEALTHY);
        lines.add("bar: memory, 32x10000 within a 1 GiB heap: " + largest.map(r -> verdict(maxHeapBytes <= HEAP_BAR_BYTES)
                + " (this JVM's -Xmx " + megabytes(maxHeapBytes) + ", generation and both conditions included; peak of"
                + " the heap pools during the timed runs " + megabytes(r.peakHeapBytes()) + ")").orElse("not measured"));
        long compared = rows.stream().filter(r -> r.sameSummary() != null).count();
        long same = rows.stream().filter(r -> Boolean.TRUE.equals(r.sameSummary())).count();
        lines.add("bar: the same transition summary as crm_simulate: " + (compared == 0 ? "not measured"
                : verdict(same == compared) + " (" + same + " of " + compared + " files)"));
        return lines;
    }

    private static String speedBar(List<ScaleRow> rows, ClusterShape shape, ClusterCondition condition, int factor) {
        String bar = "bar: paceline simulate -S at least " + factor + "x faster than crm_simulate at " + shape.name()
                + " " + condition.label() + ": ";
        Optional<ScaleRow> row = row(rows, shape, condition);
        Optional<Double> ratio = row.flatMap(ScaleReport::ratio);
        if (ratio.isEmpty()) {
            return bar + "not measured";
        }
        boolean same = !Boolean.FALSE.equals(row.get().sameSummary());
        return bar + verdict(ratio.get() >= factor && same) + " (%.1fx".formatted(ratio.get())
                + (same ? "" : ", but the summaries differ") + ")";
    }

    /** Warm time per node-primitive pair, smallest to largest benchmarked shape: it may not grow. */
    private static String growthBar(List<ScaleRow> rows) {
        String bar = "bar: time growing no faster than resources x nodes, 16x1000 to 32x10000: ";
        var parts = new ArrayList<String>();
        boolean met = true;
        for (ClusterCondition condition : ClusterCondition.values()) {
            Optional<ScaleRow> small = row(rows, ClusterShape.NODES_16_PRIMITIVES_1000, condition);
            Optional<ScaleRow> large = row(rows, ClusterShape.NODES_32_PRIMITIVES_10000, condition);
            if (small.isEmpty() || large.isEmpty()) {
                return bar + "not measured";
            }
            double perPairSmall = (double) small.get().warmNanos() / small.get().shape().size();
            double perPairLarge = (double) large.get().warmNanos() / large.get().shape().size();
            met &= perPairLarge <= perPairSmall;
            parts.add(condition.label() + " %.1f -> %.1f ns per node x primitive (x%.2f)".formatted(perPairSmall,
                    perPairLarge, perPairLarge / perPairSmall));
        }
        return bar + verdict(met) + " (" + String.join("; ", parts) + ")";
    }

    private static Optional<ScaleRow> row(List<ScaleRow> rows, ClusterShape shape, ClusterCondition condition) {
        return rows.stream().filter(r -> r.shape().equals(shape) && r.condition() == condition).findFirst();
    }

    private static Optional<Double> ratio(ScaleRow row) {
        if (!row.pacemakerRan() || row.processNanos() <= 0) {
            return Optional.empty();
        }
        return Optional.of((double) row.pacemakerNanos() / row.processNanos());
    }

    /** The entries of one summary the other lacks, the first three. */
    private static String difference(List<String> one, List<String> other) {
        List<String> missing = one.stream().filter(line -> !other.contains(line)).toList();
        if (missing.isEmpty()) {
            return "nothing more";
        }
        return missing.size() + " more: " + String.join(" | ", missing.subList(0, Math.min(3, missing.size())));
    }

    private static String verdict(boolean met) {
        return met ? "met" : "NOT MET";
    }

    static String duration(long nanos) {
        if (nanos < 0) {
            return "-";
        }
        double seconds = nanos / 1e9;
        return seconds < 10 ? String.format(Locale.ROOT, "%.3f s", seconds) : String.format(Locale.ROOT, "%.1f s", seconds);
    }

    private static String megabytes(long bytes) {
        return bytes < 0 ? "-" : (bytes + (1 << 19)) / (1 << 20) + " MiB";
    }

    private static String kibAsMegabytes(long kib) {
        return kib < 0 ? "-" : megabytes(kib * 1024);
    }
}
