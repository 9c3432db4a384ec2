package org.paceline.lab.scenario.fencing;

import java.util.List;

/** Seed 000's fencing demonstrations, in the seed's order: what {@code paceline demo fencing} runs. */
public final class FencingDemonstrations {
    private FencingDemonstrations() {}

    /** Every demonstration, in the seed's order. */
    public static List<Demonstration> all() {
        return List.of(new StopTimeoutBlocked(), new StopTimeoutFenced(), SplitBrain.withPriorityFencingDelay(),
                SplitBrain.withStonithHelper(), new Escalation());
    }
}
