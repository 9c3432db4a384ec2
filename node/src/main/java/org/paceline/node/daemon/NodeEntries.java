package org.paceline.node.daemon;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.paceline.cib.Cib;
import org.paceline.cib.Node;
import org.paceline.node.config.NodeConfig;
import org.paceline.node.membership.MembershipView;
import org.paceline.node.store.CibUpdate;
import org.paceline.node.store.ConfigurationSection;

/**
 * The {@code nodes} section the DC keeps: an entry for every member in the view, as
 * Pacemaker's DC adds a node when it joins. The scheduler knows only the nodes listed
 * there, and a configuration loaded whole may have left them out. Only a node seen in the
 * membership is entered: one configured but never seen would be fenced at start-up before
 * it had the time to join.
 */
final class NodeEntries {
    private NodeEntries() {}

    /** The update that enters the missing members, or empty when none is missing. */
    static Optional<CibUpdate> missing(Cib cib, NodeConfig config, MembershipView view) {
        var nodes = new ArrayList<>(cib.configuration().nodes());
        for (NodeConfig.Member member : config.members()) {
            if (view.contains(member.name()) && cib.configuration().node(member.name()).isEmpty()) {
                nodes.add(new Node(Integer.toString(member.id()), member.name(), "member", null, List.of(), null));
            }
        }
        if (nodes.size() == cib.configuration().nodes().size()) {
            return Optional.empty();
        }
        return Optional.of(new CibUpdate.ReplaceSection(ConfigurationSection.NODES, cib.configuration().withNodes(nodes)));
    }
}
