package org.paceline.bench.scheduler;

import java.time.Instant;
import java.util.ArrayList;

import org.paceline.cib.Cib;
import org.paceline.cib.Document;
import org.paceline.cib.Parsed;
import org.paceline.cib.xml.CibXmlReader;
import org.paceline.scheduler.Decision;
import org.paceline.scheduler.Scheduler;

/**
 * Times Paceline's scheduler in this JVM: {@link Scheduler#schedule} alone, and reading
 * the XML then scheduling (the work a crm_simulate process does after start-up). A
 * round runs the work as many times as fill about a millisecond, so that the clock's
 * resolution does not decide small inputs; the result is the median of the rounds.
 * Not thread-safe.
 */
final class PacelineTiming {
    private static final long ROUND_NANOS = 1_000_000;
    private static final int MAX_BATCH = 10_000;

    /** Keeps each decision observable, so that no run can be optimized away. */
    private int sink;

    /**
     * Median times of one input.
     *
     * @param scheduleNanos        {@code Scheduler.schedule} on the CIB already read
     * @param readAndScheduleNanos reading the XML text, then scheduling
     */
    record Times(long scheduleNanos, long readAndScheduleNanos) {}

    /** Runs both once, untimed: the warm-up that lets the JIT compile what this input needs. */
    void warmUp(String fileName, String text, Cib cib, Instant now) {
        schedule(cib, now);
        readAndSchedule(fileName, text, now);
    }

    Times time(String fileName, String text, Cib cib, Instant now, int rounds) {
        long schedule = median(rounds, () -> schedule(cib, now));
        long readAndSchedule = median(rounds, () -> readAndSchedule(fileName, text, now));
        return new Times(schedule, readAndSchedule);
    }

    int sink() {
        return sink;
    }

    private void schedule(Cib cib, Instant now) {
        Decision decision = Scheduler.schedule(cib, now);
        sink += decision.summary().hashCode();
    }

    private void readAndSchedule(String fileName, String text, Instant now) {
        Parsed<Document> parsed = CibXmlReader.read(fileName, text);
        if (parsed instanceof Parsed.Valid<Document> valid) {
            schedule(valid.value().cib(), now);
        }
    }

    private static long median(int rounds, Runnable work) {
        long start = System.nanoTime();
        work.run();
        long once = Math.max(1, System.nanoTime() - start);
        int batch = (int) Math.clamp(ROUND_NANOS / once, 1, MAX_BATCH);
        var perRun = new ArrayList<Long>();
        for (int round = 0; round < rounds; round++) {
            long roundStart = System.nanoTime();
            for (int i = 0; i < batch; i++) {
                work.run();
            }
            perRun.add((System.nanoTime() - roundStart) / batch);
        }
        return Median.of(perRun);
    }
}
