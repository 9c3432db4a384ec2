package org.paceline.node.sim;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;

/** The simulation's clock: it stands still until the simulation moves it to the next thing due. */
public final class SimClock implements InstantSource {
    private Instant now;

    public SimClock(Instant start) {
        this.now = start;
    }

    @Override
    public Instant instant() {
        return now;
    }

    /** Moves to {@code to}; never backwards. */
    public void advanceTo(Instant to) {
        if (to.isBefore(now)) {
            throw new IllegalStateException("the simulated clock cannot go back from " + now + " to " + to);
        }
        now = to;
    }

    public void advance(Duration by) {
        advanceTo(now.plus(by));
    }
}
