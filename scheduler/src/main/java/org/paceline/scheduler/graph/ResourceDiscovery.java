package org.paceline.scheduler.graph;

import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;

import org.paceline.cib.constraints.Constraint;
import org.paceline.cib.constraints.Location;
import org.paceline.scheduler.state.ClusterNode;
import org.paceline.scheduler.state.ClusterState;
import org.paceline.scheduler.state.ResourceInstance;

/**
 * Where a resource may be probed, as the {@code resource-discovery} of the locations
 * naming it (or a group or clone it belongs to) on a node say: {@code never} rules the
 * node out; {@code exclusive} restricts discovery of the resource to the nodes so
 * named. As in Pacemaker, the strongest mode named for a node wins (exclusive, then
 * never, then always), so an exclusive node is probed even when a location also says
 * never. Locations by rule are not read here. Built once per run from the configuration.
 */
final class ResourceDiscovery {
    private enum Mode { ALWAYS, NEVER, EXCLUSIVE }

    /** Per resource id, per node name, the strongest mode its locations name. */
    private final Map<String, Map<String, Mode>> modes = new HashMap<>();
    /** The resources named by at least one exclusive location. */
    private final Set<String> exclusive = new HashSet<>();

    ResourceDiscovery(ClusterState state) {
        for (Constraint constraint : state.cib().configuration().constraints()) {
            if (!(constraint instanceof Location location) || location.resource() == null
                    || location.resourceDiscovery() == null) {
                continue;
            }
            Mode mode = switch (location.resourceDiscovery().toLowerCase(java.util.Locale.ROOT)) {
                case "never" -> Mode.NEVER;
                case "exclusive" -> Mode.EXCLUSIVE;
                default -> Mode.ALWAYS;
            };
            if (mode == Mode.EXCLUSIVE) {
                exclusive.add(location.resource());
            }
            if (location.node() != null) {
                modes.computeIfAbsent(location.resource(), k -> new HashMap<>())
                        .merge(location.node(), mode, (a, b) -> a.compareTo(b) >= 0 ? a : b);
            }
        }
    }

    /** Whether the resource may be probed on the node. */
    boolean allowed(ResourceInstance resource, ClusterNode node) {
        Effective effective = byResource.computeIfAbsent(resource, this::effective);
        Mode strongest = effective.byNode().getOrDefault(node.name(), Mode.ALWAYS);
        if (effective.restricted()) {
            return strongest == Mode.EXCLUSIVE;
        }
        return strongest != Mode.NEVER;
    }

    /** The modes that hold for one resource, its collectives' included: asked once per node, worked out once. */
    private record Effective(boolean restricted, Map<String, Mode> byNode) {}

    private final Map<ResourceInstance, Effective> byResource = new IdentityHashMap<>();

    private Effective effective(ResourceInstance resource) {
        boolean restricted = false;
        Map<String, Mode> strongest = new HashMap<>();
        for (ResourceInstance r = resource; r != null; r = r.parent().orElse(null)) {
            restricted |= exclusive.contains(r.configId());
            Map<String, Mode> byNode = modes.get(r.configId());
            if (byNode != null) {
                byNode.forEach((node, mode) -> strongest.merge(node, mode, (a, b) -> a.compareTo(b) >= 0 ? a : b));
            }
        }
        return new Effective(restricted, strongest);
    }
}
