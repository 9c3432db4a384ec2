package org.paceline.node.executor;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;

/** A clock for tests: each reading is 10 ms after the one before, from a fixed start. */
final class SteppingClock implements InstantSource {
    static final Instant START = Instant.parse("2026-01-01T00:00:00Z");
    private Instant next = START;

    @Override
    public synchronized Instant instant() {
        Instant now = next;
        next = next.plus(Duration.ofMillis(10));
        return now;
    }
}
