package org.paceline.bench.generated;

/** What a node's history says about one resource there. */
enum Activity {
    /** Probed and found not running: it never ran here. */
    PROBED,
    /** Started here, its recurring monitor running. */
    RUNNING,
    /** A promotable clone's instance, started then promoted, its promoted monitor running. */
    PROMOTED,
    /** A promotable clone's instance, started and left unpromoted, its unpromoted monitor running. */
    UNPROMOTED,
    /** Failed to start here and was stopped: a fail count keeps it away. */
    START_FAILED
}
