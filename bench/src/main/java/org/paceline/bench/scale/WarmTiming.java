package org.paceline.bench.scale;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.paceline.cib.Cib;
import org.paceline.scheduler.Decision;
import org.paceline.scheduler.Scheduler;

/**
 * {@link Scheduler#schedule} timed in this JVM, as a daemon runs it: after warm-up runs
 * that let the JIT compile what the input needs, the median of the timed runs. The
 * peak heap is the sum of the heap pools' peaks over the timed runs, the CIB included:
 * an upper bound of what was in use at once. Not thread-safe.
 */
final class WarmTiming {
    /** Warm-up runs at least, and more while they take less than {@link #WARM_UP_NANOS} in all. */
    private static final int WARM_UP_RUNS = 3;
    private static final long WARM_UP_NANOS = 5_000_000_000L;
    /**
     * Timed runs go on until they add up to this, however many were asked for: a 16x1000 run
     * takes 30 ms, where five runs leave the median to the noise of a shared machine, and
     * that median is what the growth to 32x10000 is judged from.
     */
    static final long MIN_TIMED_NANOS = 3_000_000_000L;
    private static final int MAX_TIMED_RUNS = 2000;

    /**
     * The timed runs of one input.
     *
     * @param medianNanos   the median run
     * @param runs          how many runs were timed
     * @param peakHeapBytes the heap pools' peaks summed, over the timed runs
     * @param decision      the last run's decision
     */
    record Result(long medianNanos, int runs, long peakHeapBytes, Decision decision) {}

    private WarmTiming() {}

    /** Times at least {@code rounds} runs, and more while they add up to less than {@link #MIN_TIMED_NANOS}. */
    static Result of(Cib cib, Instant now, int rounds) {
        long warmStart = System.nanoTime();
        Decision decision = null;
        for (int run = 0; run < WARM_UP_RUNS || System.nanoTime() - warmStart < WARM_UP_NANOS; run++) {
            decision = Scheduler.schedule(cib, now);
        }
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP).toList();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        var times = new ArrayList<Long>();
        long timed = 0;
        while (times.size() < rounds || timed < MIN_TIMED_NANOS && times.size() < MAX_TIMED_RUNS) {
            long start = System.nanoTime();
            decision = Scheduler.schedule(cib, now);
            long time = System.nanoTime() - start;
            times.add(time);
            timed += time;
        }
        long peak = heap.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
        times.sort(null);
        return new Result(times.get((times.size() - 1) / 2), times.size(), peak, decision);
    }
}
