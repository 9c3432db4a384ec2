package org.paceline.scheduler.simulation;

import java.time.Instant;
import java.util.List;

import org.paceline.cib.Cib;

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
}
