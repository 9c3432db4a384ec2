package org.paceline.node.store;

import java.util.List;

import org.paceline.cib.CibVersion;
import org.paceline.cib.Problem;

/** What a client is told about its update: applied at a durable version, or rejected and why. */
public sealed interface UpdateOutcome {

    /**
     * The update is in the CIB and on disk.
     *
     * @param version the version that holds it (the current one when the update changed nothing)
     */
    record Applied(CibVersion version) implements UpdateOutcome {}

    /** The update changed nothing; each problem says what was wrong. */
    record Rejected(List<Problem> problems) implements UpdateOutcome {
        public Rejected {
            if (problems.isEmpty()) {
                throw new IllegalArgumentException("a rejection names at least one problem");
            }
            problems = List.copyOf(problems);
        }
    }
}
