package org.paceline.node.ipc;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.paceline.cib.Cib;
import org.paceline.cib.Node;
import org.paceline.cib.NvSet;
import org.paceline.cib.SetKind;
import org.paceline.cib.status.NodeState;
import org.paceline.cib.status.ResourceHistory;
import org.paceline.node.store.AttributeOwner;
import org.paceline.node.store.CibUpdate;
import org.paceline.scheduler.state.ClusterState;
import org.paceline.scheduler.state.ResourceInstance;

/**
 * What the faces' requests mean in terms of one CIB: attribute values where each scope
 * keeps them, and the updates a cleanup ({@code crm_resource -C}) makes. Pure: the daemon
 * applies the updates through its store.
 */
public final class CibReads {
    private CibReads() {}

    /** A cleanup's updates in order, and the lines crm_resource prints for them; or why there is none. */
    public sealed interface Cleanup {
        record Updates(List<CibUpdate> updates, List<String> lines) implements Cleanup {}

        record NotFound(String message) implements Cleanup {}
    }

    /** An attribute's values as the CIB holds them, per node for the node scopes. */
    public static List<IpcReply.NodeValue> attribute(Cib cib, AttributeScope scope, String node, String name,
                                                     boolean allNodes) {
        var values = new ArrayList<IpcReply.NodeValue>();
        switch (scope) {
            case STATUS -> {
                for (NodeState state : cib.status().nodes()) {
                    if (allNodes || state.uname().equals(node)) {
                        value(state.transientSets(), name).ifPresent(v -> values.add(new IpcReply.NodeValue(state.uname(), v)));
                    }
                }
            }
            case NODES -> {
                for (Node configured : cib.configuration().nodes()) {
                    if (allNodes || configured.uname().equals(node)) {
                        value(configured.sets(SetKind.INSTANCE), name)
                                .ifPresent(v -> values.add(new IpcReply.NodeValue(configured.uname(), v)));
                    }
                }
            }
            case CRM_CONFIG -> value(cib.configuration().clusterProperties(), name)
                    .ifPresent(v -> values.add(new IpcReply.NodeValue(null, v)));
            case RSC_DEFAULTS -> value(cib.configuration().resourceDefaults(), name)
                    .ifPresent(v -> values.add(new IpcReply.NodeValue(null, v)));
            case OP_DEFAULTS -> value(cib.configuration().operationDefaults(), name)
                    .ifPresent(v -> values.add(new IpcReply.NodeValue(null, v)));
        }
        return values;
    }

    /** Where a permanent attribute of a scope lives; transient ones have no owner set. */
    public static AttributeOwner owner(AttributeScope scope, String node) {
        return switch (scope) {
            case NODES -> new AttributeOwner.NodeAttributes(node);
            case CRM_CONFIG -> new AttributeOwner.ClusterProperties();
            case RSC_DEFAULTS -> new AttributeOwner.ResourceDefaults();
            case OP_DEFAULTS -> new AttributeOwner.OperationDefaults();
            case STATUS -> throw new IllegalArgumentException("transient attributes have no owner set");
        };
    }

    /**
     * What {@code crm_resource -C [-r RSC] [-N NODE]} changes: the resource's history on each
     * node (so it is probed again) and its fail counts and last failures.
     *
     * @param resource null for every resource with history
     * @param node     null for every node
     */
    public static Cleanup cleanup(Cib cib, String resource, String node, Instant now) {
        Set<String> ids = new LinkedHashSet<>();
        if (resource != null) {
            var state = ClusterState.unpack(cib, now);
            var matches = state.allResources().stream()
                    .filter(r -> r.id().equals(resource) || r.configId().equals(resource)).toList();
            if (matches.isEmpty()) {
                return new Cleanup.NotFound("Resource '" + resource + "' not found");
            }
            for (ResourceInstance match : matches) {
                for (ResourceInstance primitive : match.primitives()) {
                    ids.add(primitive.id());
                    ids.add(primitive.configId());
                }
            }
        }
        var updates = new ArrayList<CibUpdate>();
        var lines = new ArrayList<String>();
        for (NodeState state : cib.status().nodes()) {
            if (node != null && !state.uname().equals(node)) {
                continue;
            }
            for (ResourceHistory history : state.resourceHistories()) {
                if (resource == null || ids.contains(history.id())) {
                    updates.add(new CibUpdate.ForgetResourceHistory(state.uname(), history.id()));
                    lines.add("Cleaned up " + history.id() + " on " + state.uname());
                }
            }
            for (NvSet set : state.transientSets()) {
                for (var pair : set.pairs()) {
                    if (failureAttribute(pair.name(), resource == null ? null : ids)) {
                        updates.add(new CibUpdate.DeleteTransientAttribute(state.uname(), pair.name()));
                    }
                }
            }
        }
        return new Cleanup.Updates(updates, lines);
    }

    private static boolean failureAttribute(String name, Set<String> resources) {
        for (String prefix : new String[] {"fail-count-", "last-failure-"}) {
            if (name.startsWith(prefix)) {
                String rest = name.substring(prefix.length());
                int hash = rest.indexOf('#');
                String owner = hash < 0 ? rest : rest.substring(0, hash);
                return resources == null || resources.contains(owner);
            }
        }
        return false;
    }

    private static Optional<String> value(List<NvSet> sets, String name) {
        return sets.stream().map(s -> s.value(name)).flatMap(Optional::stream).findFirst();
    }
}
