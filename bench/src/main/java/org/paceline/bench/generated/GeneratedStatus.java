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
import org.paceline.cib.status.OperationRecord;
import org.paceline.cib.status.ResourceHistory;
import org.paceline.cib.status.Status;
import org.paceline.cib.status.TransientAttributes;

/**
 * The status section of a starting generated cluster: every node online, each
 * resource probed and found stopped on every node it may run on (a few failed to
 * start where they prefer to run), and the promotion scores promotable clones need.
 */
final class GeneratedStatus {
    static final long EXECUTION_DATE = 1_750_000_000L;
    static final String FEATURE_SET = "3.16.1";
    private static final String DC_UUID = "5e1f0c2a-8d3b-4c7e-9a61-2f4b7d9e0c13";
    private static final int NOT_RUNNING = 7;
    private static final int UNKNOWN_ERROR = 1;

    private GeneratedStatus() {}

    static Status of(ClusterLayout layout) {
        var histories = new LinkedHashMap<String, List<ResourceHistory>>();
        layout.nodes().forEach(node -> histories.put(node, new ArrayList<>()));
        var writer = new GeneratedStatus.Records();

        ClusterLayout.PrimitiveSpec fencing = layout.fencingDevice();
        for (String node : layout.nodes()) {
            histories.get(node).add(writer.history(fencing, node, Activity.PROBED));
        }
        for (ClusterLayout.CloneSpec clone : layout.clones()) {
            for (String node : layout.nodes()) {
                histories.get(node).add(writer.history(clone.primitive(), node, Activity.PROBED));
            }
        }
        for (ClusterLayout.UnitSpec unit : layout.units()) {
            if (unit.fresh()) {
                continue;
            }
            for (String node : unit.allowed()) {
                for (ClusterLayout.PrimitiveSpec member : unit.members()) {
                    boolean failed = member.startFailed() && node.equals(unit.home());
                    histories.get(node).add(writer.history(member, node, failed ? Activity.START_FAILED : Activity.PROBED));
                }
            }
        }

        var states = new ArrayList<NodeState>();
        for (Map.Entry<String, List<ResourceHistory>> entry : histories.entrySet()) {
            String node = entry.getKey();
            String id = layout.nodeId(node);
            var lrm = new OperationHistory(id, null, true, entry.getValue(), null);
            states.add(new NodeState(id, node, "true", "online", "member", "member",
                    transientAttributes(layout, node, id), lrm, Extras.of(Attrs.of("crm-debug-origin", "do_update_resource"))));
        }
        return new Status(states, null, List.of(), null);
    }

    /** What a node's history says about one resource. */
    private enum Activity { PROBED, START_FAILED }

    /**
     * Promotion scores, as the Stateful agent would set them (higher where it prefers to
     * be promoted), and the fail counts a failed start leaves.
     */
    private static TransientAttributes transientAttributes(ClusterLayout layout, String node, String id) {
        var pairs = new ArrayList<NvPair>();
        for (ClusterLayout.CloneSpec clone : layout.clones()) {
            if (clone.promotable()) {
                String name = "master-" + clone.primitive().id();
                pairs.add(NvPair.of("status-" + id + "-" + name, name, node.equals(clone.promotedNode()) ? "10" : "5"));
            }
        }
        for (ClusterLayout.UnitSpec unit : layout.units()) {
            if (unit.fresh() || !node.equals(unit.home())) {
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

    /** Numbers call ids per node and actions per transition, as a controller would have. */
    private static final class Records {
        private final Map<String, Integer> callIds = new LinkedHashMap<>();
        private int action;

        ResourceHistory history(ClusterLayout.PrimitiveSpec primitive, String node, Activity activity) {
            String id = primitive.id();
            OperationRecord last = switch (activity) {
                case PROBED -> record(id + "_last_0", "monitor", NOT_RUNNING, NOT_RUNNING, node);
                case START_FAILED -> record(id + "_last_0", "start", UNKNOWN_ERROR, 0, node);
            };
            var operations = new ArrayList<OperationRecord>(List.of(last));
            if (activity == Activity.START_FAILED) {
                operations.add(record(id + "_last_failure_0", "start", UNKNOWN_ERROR, 0, node));
            }
            return new ResourceHistory(id, primitive.resourceClass(), primitive.provider(), primitive.type(),
                    operations, null);
        }

        private OperationRecord record(String id, String operation, int rc, int expectedRc, String node) {
            int call = callIds.merge(node, 1, Integer::sum);
            action++;
            String key = (1 + action / 1000) + ":" + action + ":" + expectedRc + ":" + DC_UUID;
            String when = Long.toString(EXECUTION_DATE - 3600 + action % 3000);
            return new OperationRecord(id, operation, "0", Integer.toString(rc), "0",
                    Integer.toString(call), when, when, "25", "0", key, "0:" + rc + ";" + key, null, node,
                    Extras.of(Attrs.of("crm-debug-origin", "do_update_resource", "crm_feature_set", FEATURE_SET)));
        }
    }
}
