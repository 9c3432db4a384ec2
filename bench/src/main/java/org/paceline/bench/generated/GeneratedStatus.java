package org.paceline.bench.generated;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.paceline.cib.Attrs;
import org.paceline.cib.Extras;
import org.paceline.cib.NvPair;
import org.paceline.cib.NvSet;
import org.paceline.cib.SetKind;
import org.paceline.cib.status.NodeState;
import org.paceline.cib.status.OperationHistory;
import org.paceline.cib.status.ResourceHistory;
import org.paceline.cib.status.Status;
import org.paceline.cib.status.TransientAttributes;

/**
 * The status section of a running generated cluster: each resource probed on every
 * node it may run on, and started there with its recurring monitor where it runs, the
 * history a controller would have written (op-digests included, so that neither
 * scheduler sees a changed definition); the promotion scores promotable clones set; the
 * fail counts failed starts left. In the node-lost condition the lost node's entry says
 * it crashed, its history kept as the crash left it.
 */
final class GeneratedStatus {
    static final long EXECUTION_DATE = 1_750_000_000L;
    static final String FEATURE_SET = "3.16.1";

    private GeneratedStatus() {}

    static Status of(ClusterLayout layout, ClusterCondition condition) {
        var histories = new LinkedHashMap<String, List<ResourceHistory>>();
        layout.nodes().forEach(node -> histories.put(node, new ArrayList<>()));
        var writer = new OperationRecords();

        ClusterLayout.PrimitiveSpec fencing = layout.fencingDevice();
        for (String node : layout.nodes()) {
            boolean runs = node.equals(layout.nodes().getFirst());
            histories.get(node).add(writer.history(fencing, node, runs ? Activity.RUNNING : Activity.PROBED));
        }
        for (ClusterLayout.CloneSpec clone : layout.clones()) {
            for (String node : layout.nodes()) {
                Activity activity = !layout.runsClones(node) ? Activity.PROBED
                        : !clone.promotable() ? Activity.RUNNING
                        : node.equals(clone.promotedNode()) ? Activity.PROMOTED : Activity.UNPROMOTED;
                histories.get(node).add(writer.history(clone.primitive(), node, activity));
            }
        }
        for (ClusterLayout.UnitSpec unit : layout.units()) {
            for (String node : unit.allowed()) {
                for (ClusterLayout.PrimitiveSpec member : unit.members()) {
                    Activity activity = node.equals(unit.runningNode()) ? Activity.RUNNING
                            : member.startFailed() && node.equals(unit.failedNode()) ? Activity.START_FAILED
                            : Activity.PROBED;
                    histories.get(node).add(writer.history(member, node, activity));
                }
            }
        }

        var states = new ArrayList<NodeState>();
        for (Map.Entry<String, List<ResourceHistory>> entry : histories.entrySet()) {
            String node = entry.getKey();
            String id = layout.nodeId(node);
            var lrm = new OperationHistory(id, null, true, entry.getValue(), null);
            TransientAttributes attributes = transientAttributes(layout, node, id);
            var extras = Extras.of(Attrs.of("crm-debug-origin", "do_update_resource"));
            boolean lost = condition == ClusterCondition.NODE_LOST && node.equals(layout.lostNode());
            states.add(lost
                    ? new NodeState(id, node, "false", "offline", "member", "member", attributes, lrm, extras)
                    : new NodeState(id, node, "true", "online", "member", "member", attributes, lrm, extras));
        }
        return new Status(states, null, List.of(), null);
    }

    /**
     * Promotion scores, as the Stateful agent sets them (higher where it is promoted),
     * and the fail counts a failed start leaves.
     */
    private static TransientAttributes transientAttributes(ClusterLayout layout, String node, String id) {
        var pairs = new ArrayList<NvPair>();
        for (ClusterLayout.CloneSpec clone : layout.clones()) {
            if (clone.promotable() && layout.runsClones(node)) {
                String name = "master-" + clone.primitive().id();
                pairs.add(NvPair.of("status-" + id + "-" + name, name, node.equals(clone.promotedNode()) ? "10" : "5"));
            }
        }
        for (ClusterLayout.UnitSpec unit : layout.units()) {
            if (!node.equals(unit.failedNode())) {
                continue;
            }
            for (ClusterLayout.PrimitiveSpec member : unit.members()) {
                if (member.startFailed()) {
                    String failCount = "fail-count-" + member.id() + "#start_0";
                    String lastFailure = "last-failure-" + member.id() + "#start_0";
                    pairs.add(NvPair.of("status-" + id + "-" + failCount, failCount, "INFINITY"));
                    pairs.add(NvPair.of("status-" + id + "-" + lastFailure, lastFailure,
                            Long.toString(EXECUTION_DATE - 600)));
                }
            }
        }
        if (pairs.isEmpty()) {
            return null;
        }
        return new TransientAttributes(id, List.of(NvSet.of(SetKind.INSTANCE, "status-" + id, pairs)), null);
    }
}
