package org.paceline.scheduler.simulation;

import java.time.Instant;
import java.util.List;

import org.paceline.cib.Cib;
import org.paceline.scheduler.state.ClusterState;

/**
 * The cluster-status text crm_simulate prints under "Current cluster status:" and
 * "Revised Cluster Status:": the seam through which the status printer plugs in.
 */
@FunctionalInterface
public interface StatusView {
    /**
     * The lines under the section title ({@code "  * Node List:"} ...), joined by
     * newlines; a trailing newline is allowed and ignored.
     */
    String render(Cib cib, Instant now);

    /**
     * The lines crm_simulate prints before "Current cluster status:" (the
     * maintenance-mode banner, "2 of 4 resource instances DISABLED and 0 BLOCKED from
     * further action due to failure"), including blank lines between them; none by default.
     */
    default List<String> preamble(Cib cib, Instant now) {
        return List.of();
    }

    /**
     * {@link #render(Cib, Instant)} of the state's CIB and instant. A view that prints from
     * the unpacked state overrides this, so that the state the scheduler runs on is
     * unpacked once, not once more for the printout.
     */
    default String render(ClusterState state) {
        return render(state.cib(), state.now());
    }

    /** {@link #preamble(Cib, Instant)} of the state's CIB and instant; overridden with {@link #render(ClusterState)}. */
    default List<String> preamble(ClusterState state) {
        return preamble(state.cib(), state.now());
    }
}
