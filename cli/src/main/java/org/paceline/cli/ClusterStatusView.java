package org.paceline.cli;

import java.time.Instant;
import java.util.List;

import org.paceline.cib.Cib;
import org.paceline.scheduler.output.ClusterStatusText;
import org.paceline.scheduler.simulation.StatusView;
import org.paceline.scheduler.state.ClusterState;

/** The cluster status as crm_simulate prints it: the node list and every resource's state. */
final class ClusterStatusView implements StatusView {
    @Override
    public String render(Cib cib, Instant now) {
        return render(ClusterState.unpack(cib, now));
    }

    @Override
    public List<String> preamble(Cib cib, Instant now) {
        return ClusterStatusText.preamble(ClusterState.unpack(cib, now));
    }

    @Override
    public String render(ClusterState state) {
        return String.join("\n", ClusterStatusText.render(state).lines()) + "\n";
    }

    @Override
    public List<String> preamble(ClusterState state) {
        return ClusterStatusText.preamble(state);
    }
}
