package org.paceline.bench.scheduler;

import java.util.List;

/** The middle of some measured times: the statistic every figure of the comparison is. */
final class Median {
    private Median() {}

    /** The middle value; of an even count, the lower of the two middle ones. */
    static long of(List<Long> values) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("the median of no values");
        }
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get((sorted.size() - 1) / 2);
    }
}
