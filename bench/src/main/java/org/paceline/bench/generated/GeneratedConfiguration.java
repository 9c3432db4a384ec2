package org.paceline.bench.generated;

import java.util.ArrayList;
import java.util.List;

import org.paceline.cib.Attrs;
import org.paceline.cib.Configuration;
import org.paceline.cib.Node;
import org.paceline.cib.NvPair;
import org.paceline.cib.NvSet;
import org.paceline.cib.SetKind;
import org.paceline.cib.access.Acls;
import org.paceline.cib.constraints.Colocation;
import org.paceline.cib.constraints.Constraint;
import org.paceline.cib.constraints.Location;
import org.paceline.cib.constraints.Order;
import org.paceline.cib.resources.Clone;
import org.paceline.cib.resources.Group;
import org.paceline.cib.resources.Operation;
import org.paceline.cib.resources.Primitive;
import org.paceline.cib.resources.Resource;
import org.paceline.cib.rules.AttributeExpression;
import org.paceline.cib.rules.Rule;

/**
 * The configuration section of a generated cluster: nodes with a rack attribute,
 * the fencing device, clones, groups and primitives, and their location, colocation
 * and order constraints. Cluster options use the names Pacemaker 2.1 knows
 * ({@code stonith-enabled}), so that its crm_simulate reads the same configuration
 * {@link Scheduler} does.
 */
final class GeneratedConfiguration {
    static final long PROMOTED_MONITOR_MILLIS = 10_000;
    static final long UNPROMOTED_MONITOR_MILLIS = 11_000;
    /** Twenty seconds: {@link OperationRecords#MONITOR_TIMEOUT_MILLIS} must say the same. */
    private static final String MONITOR_TIMEOUT = "20s";
    private static final int RACKS = 5;

    private GeneratedConfiguration() {}

    static Configuration of(ClusterLayout layout) {
        var properties = NvSet.of(SetKind.CLUSTER_PROPERTY, "cib-bootstrap-options", List.of(
                NvPair.of("cib-bootstrap-options-have-watchdog", "have-watchdog", "false"),
                NvPair.of("cib-bootstrap-options-dc-version", "dc-version", "2.1.5-a3f44794f94"),
                NvPair.of("cib-bootstrap-options-cluster-infrastructure", "cluster-infrastructure", "corosync"),
                NvPair.of("cib-bootstrap-options-cluster-name", "cluster-name", layout.shape().name()),
                NvPair.of("cib-bootstrap-options-stonith-enabled", "stonith-enabled", "true"),
                NvPair.of("cib-bootstrap-options-symmetric-cluster", "symmetric-cluster", "false"),
                NvPair.of("cib-bootstrap-options-no-quorum-policy", "no-quorum-policy", "stop")));
        var resourceDefaults = NvSet.of(SetKind.META, "rsc-options", List.of(
                NvPair.of("rsc-options-resource-stickiness", "resource-stickiness", "100"),
                NvPair.of("rsc-options-migration-threshold", "migration-threshold", "3")));
        var operationDefaults = NvSet.of(SetKind.META, "op-options", List.of(
                NvPair.of("op-options-timeout", "timeout", "60s")));
        return new Configuration(List.of(properties), nodes(layout), resources(layout), List.of(),
                constraints(layout), List.of(resourceDefaults), List.of(operationDefaults), List.of(), List.of(),
                Acls.NONE, List.of(), null);
    }

    private static List<Node> nodes(ClusterLayout layout) {
        var nodes = new ArrayList<Node>();
        for (int i = 0; i < layout.nodes().size(); i++) {
            String name = layout.nodes().get(i);
            String id = layout.nodeId(name);
            var pairs = new ArrayList<NvPair>();
            pairs.add(NvPair.of("nodes-" + id + "-rack", "rack", "r" + (i % RACKS + 1)));
            if (name.equals(layout.standbyNode())) {
                pairs.add(NvPair.of("nodes-" + id + "-standby", "standby", "on"));
            }
            nodes.add(new Node(id, name, "member", null, List.of(NvSet.of(SetKind.INSTANCE, "nodes-" + id, pairs)), null));
        }
        return nodes;
    }

    private static List<Resource> resources(ClusterLayout layout) {
        var resources = new ArrayList<Resource>();
        resources.add(primitive(layout.fencingDevice(), false));
        for (ClusterLayout.CloneSpec clone : layout.clones()) {
            var meta = new ArrayList<NvPair>();
            meta.add(NvPair.of(clone.id() + "-meta-interleave", "interleave", "true"));
            if (clone.promotable()) {
                meta.add(NvPair.of(clone.id() + "-meta-promotable", "promotable", "true"));
                meta.add(NvPair.of(clone.id() + "-meta-promoted-max", "promoted-max", "1"));
            }
            resources.add(new Clone(clone.id(), null, false, primitive(clone.primitive(), clone.promotable()),
                    List.of(NvSet.of(SetKind.META, clone.id() + "-meta", meta)), null));
        }
        for (ClusterLayout.UnitSpec unit : layout.units()) {
            if (unit.groupId() == null) {
                resources.add(primitive(unit.members().getFirst(), false));
            } else {
                resources.add(new Group(unit.groupId(), null,
                        unit.members().stream().map(member -> primitive(member, false)).toList(), List.of(), null));
            }
        }
        return resources;
    }

    private static Primitive primitive(ClusterLayout.PrimitiveSpec spec, boolean promotable) {
        var params = new ArrayList<NvPair>();
        for (int i = 0; i < spec.params().size(); i += 2) {
            String name = spec.params().get(i);
            params.add(NvPair.of(spec.id() + "-instance-" + name, name, spec.params().get(i + 1)));
        }
        List<NvSet> sets = params.isEmpty() ? List.of()
                : List.of(NvSet.of(SetKind.INSTANCE, spec.id() + "-instance", params));
        var operations = new ArrayList<Operation>();
        operations.add(operation(spec.id(), "start", "0", "60s", null));
        operations.add(operation(spec.id(), "stop", "0", "60s", null));
        if (promotable) {
            operations.add(operation(spec.id(), "promote", "0", "60s", null));
            operations.add(operation(spec.id(), "demote", "0", "60s", null));
            operations.add(operation(spec.id(), "monitor", seconds(PROMOTED_MONITOR_MILLIS), MONITOR_TIMEOUT, "Promoted"));
            operations.add(operation(spec.id(), "monitor", seconds(UNPROMOTED_MONITOR_MILLIS), MONITOR_TIMEOUT,
                    "Unpromoted"));
        } else {
            operations.add(operation(spec.id(), "monitor", seconds(monitorInterval(spec)), MONITOR_TIMEOUT, null));
        }
        return new Primitive(spec.id(), spec.resourceClass(), spec.provider(), spec.type(), null, null, sets, null,
                operations, null);
    }

    /** How often a resource that is not a promotable clone's is monitored: the fencing device less often. */
    static long monitorInterval(ClusterLayout.PrimitiveSpec spec) {
        return spec.resourceClass().equals("stonith") ? 60_000 : 10_000;
    }

    private static String seconds(long millis) {
        return millis / 1000 + "s";
    }

    private static Operation operation(String resource, String name, String interval, String timeout, String role) {
        String id = resource + "-" + name + "-interval-" + interval + (role == null ? "" : "-" + role.toLowerCase());
        return new Operation(id, null, name, interval, Attrs.of("timeout", timeout, "role", role), List.of(), null);
    }

    private static List<Constraint> constraints(ClusterLayout layout) {
        var constraints = new ArrayList<Constraint>();
        constraints.add(everywhere(ClusterLayout.FENCING_DEVICE));
        for (ClusterLayout.CloneSpec clone : layout.clones()) {
            constraints.add(everywhere(clone.id()));
        }
        for (ClusterLayout.UnitSpec unit : layout.units()) {
            for (int i = 0; i < unit.allowed().size(); i++) {
                String node = unit.allowed().get(i);
                String score = ClusterLayout.UNIT_SCORES.get(i);
                constraints.add(new Location("location-" + unit.id() + "-" + node, unit.id(), null, node, score,
                        null, "exclusive", List.of(), List.of(), null));
            }
            if (unit.after() != null) {
                constraints.add(new Colocation("colocation-" + unit.id() + "-with-" + unit.after(), unit.id(),
                        unit.after(), "INFINITY", null, null, null, List.of(), null));
                constraints.add(new Order("order-" + unit.after() + "-then-" + unit.id(), unit.after(), unit.id(),
                        null, null, "Mandatory", null, null, List.of(), null));
            }
            if (unit.followedClone() != null) {
                constraints.add(new Colocation("colocation-" + unit.id() + "-with-" + unit.followedClone(), unit.id(),
                        unit.followedClone(), "INFINITY", null, null, null, List.of(), null));
                constraints.add(new Order("order-" + unit.followedClone() + "-then-" + unit.id(), unit.followedClone(), unit.id(),
                        null, null, "Mandatory", null, null, List.of(), null));
            }
            if (unit.promotedOf() != null) {
                constraints.add(new Colocation("colocation-" + unit.id() + "-with-" + unit.promotedOf() + "-promoted",
                        unit.id(), unit.promotedOf(), "INFINITY", null, "Promoted", null, List.of(), null));
                constraints.add(new Order("order-" + unit.promotedOf() + "-promote-then-" + unit.id(),
                        unit.promotedOf(), unit.id(), "promote", "start", "Mandatory", null, null, List.of(), null));
            }
        }
        return constraints;
    }

    /** Opt-in clusters run a resource only where a constraint allows it: here, every node with a rack. */
    private static Location everywhere(String resource) {
        String id = "location-" + resource + "-racked";
        var expression = new AttributeExpression(id + "-expression", "rack", "defined", null, null, null, null);
        var rule = new Rule(id + "-rule", null, "100", null, null, null, List.of(expression), null);
        return new Location(id, resource, null, null, null, null, null, List.of(rule), List.of(), null);
    }
}
