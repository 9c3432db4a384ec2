package org.paceline.bench.scheduler;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToLongFunction;

/**
 * The comparison's table: per size bucket, the median times of both schedulers and
 * their ratio (Pacemaker's time over Paceline's: higher is better for Paceline); then
 * the inputs where Paceline was far slower; last, one line with the overall ratio.
 *
 * <p>Pacemaker's figure is crm_simulate's whole process minus its fixed start-up (the
 * median run on a one-node CIB), which leaves reading, validating and scheduling the
 * input; Paceline's is {@code Scheduler.schedule}, and, for the like-for-like column,
 * reading the XML and scheduling. The overall ratio sums each side over all inputs, so
 * that the inputs where scheduling takes time weigh most.
 */
final class ComparisonReport {
    /** An input is listed as pathological above this many times Pacemaker's net time ... */
    static final long PATHOLOGICAL_FACTOR = 2;
    /** ... and above this time, below which both are noise. */
    static final long PATHOLOGICAL_FLOOR_NANOS = 1_000_000;
    private static final int LISTED = 10;
    private static final String ROW = "%-18s %6s %14s %14s %14s %14s %9s %9s";

    private ComparisonReport() {}

    static List<String> lines(List<Measurement> measurements, long startupNanos) {
        var lines = new ArrayList<String>();
        lines.add(ROW.formatted("bucket", "inputs", "crm_simulate", "net", "Paceline", "read+schedule",
                "ratio", "ratio-rs"));
        for (Map.Entry<String, List<Measurement>> bucket : buckets(measurements).entrySet()) {
            List<Measurement> members = bucket.getValue();
            long process = median(members, Measurement::pacemakerNanos);
            long net = median(members, m -> m.pacemakerNetNanos(startupNanos));
            long schedule = median(members, Measurement::scheduleNanos);
            long readAndSchedule = median(members, Measurement::readAndScheduleNanos);
            lines.add(ROW.formatted(bucket.getKey(), members.size(), millis(process), millis(net), millis(schedule),
                    millis(readAndSchedule), ratio(net, schedule), ratio(net, readAndSchedule)));
        }
        lines.addAll(pathological(measurements, startupNanos));
        lines.add(overall(measurements, startupNanos));
        return lines;
    }

    /** The last line: the ratio of the summed times, and how much went into it. */
    static String overall(List<Measurement> measurements, long startupNanos) {
        long net = measurements.stream().mapToLong(m -> m.pacemakerNetNanos(startupNanos)).sum();
        long schedule = measurements.stream().mapToLong(Measurement::scheduleNanos).sum();
        long readAndSchedule = measurements.stream().mapToLong(Measurement::readAndScheduleNanos).sum();
        return "overall ratio, Pacemaker / Paceline (higher is better for Paceline): " + ratio(net, schedule)
                + " (over " + measurements.size() + " inputs: crm_simulate " + millis(net)
                + " net of start-up, Paceline scheduling " + millis(schedule) + "; with reading the XML "
                + ratio(net, readAndSchedule) + ")";
    }

    /** Inputs where Paceline's scheduling took far longer than crm_simulate's net time, worst first. */
    static List<String> pathological(List<Measurement> measurements, long startupNanos) {
        List<Measurement> slow = measurements.stream()
                .filter(m -> m.scheduleNanos() > PATHOLOGICAL_FLOOR_NANOS
                        && m.scheduleNanos() > PATHOLOGICAL_FACTOR * m.pacemakerNetNanos(startupNanos))
                .sorted(Comparator.comparingDouble((Measurement m) ->
                        (double) m.scheduleNanos() / Math.max(1, m.pacemakerNetNanos(startupNanos))).reversed()
                        .thenComparing(m -> m.input().name()))
                .toList();
        var lines = new ArrayList<String>();
        if (!slow.isEmpty()) {
            lines.add("slower than Pacemaker (Paceline over " + PATHOLOGICAL_FACTOR + "x crm_simulate's net time): "
                    + slow.size());
        }
        for (Measurement m : slow.subList(0, Math.min(LISTED, slow.size()))) {
            lines.add("  " + m.input().name() + ": Paceline " + millis(m.scheduleNanos()) + ", crm_simulate "
                    + millis(m.pacemakerNetNanos(startupNanos)) + " net");
        }
        return lines;
    }

    static String millis(long nanos) {
        return String.format(Locale.ROOT, "%.3f ms", nanos / 1e6);
    }

    /** The ratio, or "-" when either time is nothing: crm_simulate's net time can vanish in its start-up's noise. */
    static String ratio(long pacemakerNanos, long pacelineNanos) {
        if (pacemakerNanos <= 0 || pacelineNanos <= 0) {
            return "-";
        }
        return String.format(Locale.ROOT, "%.1fx", (double) pacemakerNanos / pacelineNanos);
    }

    /** Size buckets smallest first, then the other buckets (generated clusters) as they come. */
    private static Map<String, List<Measurement>> buckets(List<Measurement> measurements) {
        var buckets = new LinkedHashMap<String, List<Measurement>>();
        for (String bucket : ComparisonInput.SIZE_BUCKETS) {
            List<Measurement> members = measurements.stream().filter(m -> m.input().bucket().equals(bucket)).toList();
            if (!members.isEmpty()) {
                buckets.put(bucket, members);
            }
        }
        for (Measurement m : measurements) {
            if (!ComparisonInput.SIZE_BUCKETS.contains(m.input().bucket())) {
                buckets.computeIfAbsent(m.input().bucket(), key -> new ArrayList<>()).add(m);
            }
        }
        return buckets;
    }

    private static long median(List<Measurement> measurements, ToLongFunction<Measurement> value) {
        return Median.of(measurements.stream().map(m -> value.applyAsLong(m)).toList());
    }
}
