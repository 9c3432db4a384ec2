package org.paceline.cib.rules;

/**
 * Collects, while rules are evaluated, the earliest later second at which a date
 * expression's result may change. Not thread-safe: one per evaluation.
 */
final class Recheck {
    static final long NEVER = Long.MAX_VALUE;

    private final boolean includeDateSpecs;
    private long earliest = NEVER;

    /** @param includeDateSpecs whether {@code date_spec} changes count (Pacemaker ignores them) */
    Recheck(boolean includeDateSpecs) {
        this.includeDateSpecs = includeDateSpecs;
    }

    boolean includesDateSpecs() {
        return includeDateSpecs;
    }

    void offer(long epochSecond) {
        earliest = Math.min(earliest, epochSecond);
    }

    long earliest() {
        return earliest;
    }
}
