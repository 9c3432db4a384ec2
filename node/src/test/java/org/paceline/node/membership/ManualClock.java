package org.paceline.node.membership;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;

/** A clock that moves only when told, for simulations. */
final class ManualClock implements InstantSource {

    private Instant now = Instant.parse("2026-01-01T00:00:00Z");

    @Override
    public Instant instant() {
        return now;
    }

    void advance(Duration step) {
        now = now.plus(step);
    }

    void jumpTo(Instant instant) {
        if (instant.isAfter(now)) {
            now = instant;
        }
    }
}
