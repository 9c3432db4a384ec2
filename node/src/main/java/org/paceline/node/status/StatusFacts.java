package org.paceline.node.status;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.paceline.cib.resources.Primitive;
import org.paceline.scheduler.state.ClusterNode;
import org.paceline.scheduler.state.ClusterState;
import org.paceline.scheduler.state.ResourceInstance;
import org.paceline.scheduler.state.Role;

/** What crm_mon's text and XML views both read from an unpacked CIB, computed the same way for both. */
final class StatusFacts {
    /** Pacemaker's ctime(3)-style stamp: {@code Thu Dec  3 12:00:00 2026}. */
    static final DateTimeFormatter CTIME = DateTimeFormatter.ofPattern("EEE MMM ppd HH:mm:ss yyyy", Locale.ROOT);
    static final String DEFAULT_MIGRATION_THRESHOLD = "1000000";

    private StatusFacts() {}

    static String ctime(Instant instant, ZoneId zone) {
        return CTIME.format(instant.atZone(zone));
    }

    /** Primitives counted as Pacemaker counts "resource instances configured": orphans only while active. */
    static List<ResourceInstance> instances(ClusterState state) {
        var primitives = new ArrayList<ResourceInstance>();
        for (ResourceInstance top : state.resources()) {
            for (ResourceInstance primitive : top.primitives()) {
                if (primitive.orphan() && primitive.runningOn().isEmpty()) {
                    continue;
                }
                primitives.add(primitive);
            }
        }
        return primitives;
    }

    /** The id crm_mon prints: an anonymous clone's instances all go by the primitive's id. */
    static String printableId(ResourceInstance resource) {
        var clone = resource.clone();
        if (clone.isPresent() && !clone.get().unique()) {
            return resource.configId();
        }
        return resource.id();
    }

    static String agent(Primitive primitive) {
        return primitive.resourceClass() + (primitive.provider() == null ? "" : ":" + primitive.provider())
                + ":" + primitive.type();
    }

    /** The role shown for an instance: a promotable clone's started instance is Unpromoted. */
    static Role role(ResourceInstance resource) {
        Role role = resource.role();
        if (role == Role.STARTED && resource.top().isPromotable()) {
            return Role.UNPROMOTED;
        }
        return role;
    }

    /** The node attributes crm_mon -A shows: the user's, not Pacemaker's own (#...) nor fail-counts. */
    static Map<String, String> shownAttributes(ClusterNode node) {
        var shown = new TreeMap<String, String>();
        node.attributes().forEach((name, value) -> {
            if (!name.startsWith("#") && !name.startsWith("fail-count-") && !name.startsWith("last-failure-")) {
                shown.put(name, value);
            }
        });
        return shown;
    }

    static List<ClusterNode> nodesByName(ClusterState state) {
        var nodes = new ArrayList<ClusterNode>(state.nodes());
        nodes.sort((a, b) -> a.name().compareTo(b.name()));
        return nodes;
    }

    /**
     * Epoch seconds of a primitive's last failure on a node, from its {@code last-failure-ID#OP_INTERVAL}
     * attributes (the newest), or 0 when it has none.
     */
    static long lastFailure(ClusterNode node, ResourceInstance primitive) {
        long newest = 0;
        for (String id : new String[] {primitive.id(), primitive.configId()}) {
            for (Map.Entry<String, String> attribute : node.attributes().entrySet()) {
                String name = attribute.getKey();
                if (name.equals("last-failure-" + id) || name.startsWith("last-failure-" + id + "#")) {
                    try {
                        newest = Math.max(newest, Long.parseLong(attribute.getValue().trim()));
                    } catch (NumberFormatException e) {
                        // A value that is not a time is not shown as one.
                    }
                }
            }
        }
        return newest;
    }

    static String migrationThreshold(ResourceInstance resource) {
        return resource.meta().getOrDefault("migration-threshold", DEFAULT_MIGRATION_THRESHOLD);
    }
}
