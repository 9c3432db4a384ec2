package org.paceline.cli;

import java.time.Instant;
import java.util.List;

import org.paceline.cib.Cib;
import org.paceline.scheduler.output.ClusterStatusText;
import org.paceline.scheduler.simulation.StatusView;

/** The cluster status as crm_simulate prints it: the node list and every resource's state. */
final class ClusterStatusView implements StatusView {
    @Override
    public String render(Cib cib, Instant now) {
        return String.join("\n", ClusterStatusText.render(cib, now).lines()) + "\n";
    }

    @Override
    public List<String> preamble(Cib cib, Instant now) {
        return ClusterStatusText.render(cib, now).preamble();
    }
}
