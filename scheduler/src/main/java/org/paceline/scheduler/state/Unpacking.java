package org.paceline.scheduler.state;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.paceline.cib.Cib;
import org.paceline.cib.ClusterOption;
import org.paceline.cib.Node;
import org.paceline.cib.SetKind;
import org.paceline.cib.rules.AttributeSets;
import org.paceline.cib.rules.RuleContext;
import org.paceline.cib.rules.Values;
import org.paceline.cib.status.NodeState;

/** One unpacking of a CIB into a cluster state: options, then nodes, resources, history. */
final class Unpacking {
    private final Cib cib;
    private final Instant now;
    private final ClusterState state;

    Unpacking(Cib cib, Instant now) {
        this.cib = cib;
        this.now = now;
        this.state = new ClusterState(cib, now);
    }

    ClusterState run() {
        var config = cib.configuration();
        state.options = new ClusterOptions(AttributeSets.resolve(SetReferences.resolve(config.clusterProperties(), config),
                RuleContext.at(now), "cib-bootstrap-options"));
        state.haveQuorum = cib.extras().attributes().get("have-quorum").map(Values::isTrue).orElse(false);
        nodes();
        RemoteNodes.add(state, cib.configuration());
        var nodeStatus = new NodeStatusReading(state);
        for (NodeState nodeState : cib.status().nodes()) {
            nodeStatus.read(nodeState);
        }
        nodeStatus.finish();
        new ResourceTree(state).build();
        ResourcePriority.sort(state.resources);
        new HistoryReading(state).readAll();
        new ResourceConditions(state).apply();
        state.seal();
        return state;
    }

    private void nodes() {
        String dcUuid = cib.extras().attributes().getOrNull("dc-uuid");
        String clusterName = state.options.get(ClusterOption.CLUSTER_NAME);
        for (Node node : cib.configuration().nodes()) {
            if (node.uname() == null && node.id() == null) {
                continue;
            }
            String name = node.uname() != null ? node.uname() : node.id();
            var kind = switch (node.type() == null ? "member" : node.type().toLowerCase(Locale.ROOT)) {
                case "remote" -> ClusterNode.Kind.REMOTE;
                case "ping" -> ClusterNode.Kind.PING;
                default -> ClusterNode.Kind.MEMBER;
            };
            var clusterNode = new ClusterNode(node.id() != null ? node.id() : name, name, kind);
            clusterNode.dc = dcUuid != null && dcUuid.equals(clusterNode.id());
            var context = RuleContext.at(now).withNode(name, clusterNode.id(), kindWord(kind), clusterNode.dc,
                    clusterName.isEmpty() ? null : clusterName, java.util.Map.of());
            var config = cib.configuration();
            clusterNode.mutableAttributes().putAll(AttributeSets.resolve(
                    SetReferences.resolve(node.sets(SetKind.INSTANCE), config), context));
            clusterNode.mutableUtilization().putAll(AttributeSets.resolve(
                    SetReferences.resolve(node.sets(SetKind.UTILIZATION), config), context));
            state.nodes.add(clusterNode);
        }
    }

    static String kindWord(ClusterNode.Kind kind) {
        return switch (kind) {
            case MEMBER, PING -> "cluster";
            case REMOTE -> "remote";
            case GUEST -> "container";
        };
    }

    static List<String> splitWords(String text) {
        var words = new ArrayList<String>();
        if (text != null) {
            for (String word : text.trim().split("[\\s,]+")) {
                if (!word.isEmpty()) {
                    words.add(word);
                }
            }
        }
        return words;
    }
}
