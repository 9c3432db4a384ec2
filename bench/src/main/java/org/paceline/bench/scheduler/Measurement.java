package org.paceline.bench.scheduler;

/**
 * One input's median times.
 *
 * @param pacemakerNanos       a whole crm_simulate process, start-up included
 * @param scheduleNanos        Paceline's {@code Scheduler.schedule}
 * @param readAndScheduleNanos Paceline reading the XML, then scheduling
 */
record Measurement(ComparisonInput input, long pacemakerNanos, long scheduleNanos, long readAndScheduleNanos) {
    /** crm_simulate's time beyond its fixed start-up: what it spent on this input. */
    long pacemakerNetNanos(long startupNanos) {
        return Math.max(0, pacemakerNanos - startupNanos);
    }
}
