package org.paceline.scheduler.placement;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.paceline.cib.rules.Score;
import org.paceline.cib.rules.Values;
import org.paceline.scheduler.state.ClusterNode;
import org.paceline.scheduler.state.ClusterState;
import org.paceline.scheduler.state.ResourceInstance;
import org.paceline.scheduler.state.Role;

/**
 * Where each resource should run and in which role, decided from a cluster state.
 * Made by {@link #of(ClusterState)}; read-only afterwards.
 */
public final class Placement {
    final ClusterState state;
    final Map<ResourceInstance, Map<ClusterNode, Integer>> allowed = new IdentityHashMap<>();
    final Map<ResourceInstance, ClusterNode> assigned = new IdentityHashMap<>();
    final Map<ResourceInstance, Role> nextRole = new IdentityHashMap<>();
    final Set<ResourceInstance> decided = Collections.newSetFromMap(new IdentityHashMap<>());
    final Set<ResourceInstance> deciding = Collections.newSetFromMap(new IdentityHashMap<>());
    final Map<ClusterNode, Integer> assignedCount = new HashMap<>();
    final List<ColocationEdge> colocations = new ArrayList<>();
    final List<Locations.RoleScore> roleScores = new ArrayList<>();
    final Map<ResourceInstance, Map<ClusterNode, Integer>> promotionScores = new IdentityHashMap<>();
    final ConstraintTargets targets;
    final Locations locations;
    final Audit audit = new Audit();
    Capacity capacity;

    private Placement(ClusterState state) {
        this.state = state;
        this.targets = new ConstraintTargets(state);
        this.locations = new Locations(state, targets, audit);
    }

    public static Placement of(ClusterState state) {
        var placement = new Placement(state);
        placement.run();
        return placement;
    }

    public ClusterState state() {
        return state;
    }

    /** The node the resource should be on after this transition, if any. */
    public Optional<ClusterNode> assignedNode(ResourceInstance resource) {
        return Optional.ofNullable(assigned.get(resource));
    }

    /** The role it should have after this transition. */
    public Role nextRole(ResourceInstance resource) {
        return nextRole.getOrDefault(resource, Role.STOPPED);
    }

    /** A promotable instance's promotion score on the node it is assigned to, if it was considered. */
    public Optional<Integer> promotionScore(ResourceInstance instance) {
        var scores = promotionScores.get(instance);
        return scores == null || scores.isEmpty() ? Optional.empty() : Optional.of(scores.values().iterator().next());
    }

    /** Why each resource's scores are what they are. */
    public Audit audit() {
        return audit;
    }

    /** Its allowed nodes and scores as placement left them (for crm_simulate -s). */
    public Map<ClusterNode, Integer> scores(ResourceInstance resource) {
        return Collections.unmodifiableMap(allowed.getOrDefault(resource, Map.of()));
    }

    private void run() {
        boolean symmetric = state.options().symmetric();
        for (ResourceInstance r : state.allResources()) {
            var scores = new LinkedHashMap<ClusterNode, Integer>();
            if (symmetric) {
                for (ClusterNode node : state.nodes()) {
                    scores.put(node, 0);
                }
            }
            allowed.put(r, scores);
        }
        capacity = new Capacity(state);
        roleScores.addAll(locations.apply(allowed));
        new Tickets(this).apply();
        new Bans(this).apply();
        stickiness();
        colocations.addAll(new Colocations(this).build());
        for (ColocationEdge edge : colocations) {
            index(byDependent, edge.dependent(), edge);
            index(byPrimary, edge.primary(), edge);
        }
        var order = new ArrayList<>(state.resources());
        // Higher priority first; equal priorities keep configuration order.
        order.sort((a, b) -> Integer.compare(priority(b), priority(a)));
        var assignment = new Assignment(this);
        // Remote connections first: whether a remote node can host anything depends on them.
        for (ClusterNode node : state.nodes()) {
            if (node.isRemote()) {
                node.connection().ifPresent(connection -> assignment.assign(topOf(connection)));
            }
        }
        for (ResourceInstance resource : order) {
            assignment.assign(resource);
        }
    }

    private void stickiness() {
        for (ResourceInstance r : state.allResources()) {
            if (r.variant() != ResourceInstance.Variant.PRIMITIVE || !r.managed() || r.runningOn().size() != 1) {
                continue;
            }
            int stickiness = stickiness(r);
            if (stickiness < 1) {
                continue;
            }
            ClusterNode node = r.runningOn().getFirst();
            var scores = allowed.get(r);
            if (!state.options().symmetric() && !scores.containsKey(node)) {
                continue;
            }
            scores.merge(node, stickiness, Score::add);
            audit.add(r, node, stickiness, "resource-stickiness: it is running there");
        }
    }

    /** Colocation edges by dependent, and by primary; a group's edges are also found under its first member. */
    final Map<ResourceInstance, List<ColocationEdge>> byDependent = new IdentityHashMap<>();
    final Map<ResourceInstance, List<ColocationEdge>> byPrimary = new IdentityHashMap<>();

    private static void index(Map<ResourceInstance, List<ColocationEdge>> map, ResourceInstance r, ColocationEdge edge) {
        map.computeIfAbsent(r, k -> new ArrayList<>()).add(edge);
        if (r.variant() == ResourceInstance.Variant.GROUP && !r.children().isEmpty()) {
            map.computeIfAbsent(r.children().getFirst(), k -> new ArrayList<>()).add(edge);
        }
    }

    List<ColocationEdge> edgesWithDependent(ResourceInstance r) {
        return byDependent.getOrDefault(r, List.of());
    }

    List<ColocationEdge> edgesWithPrimary(ResourceInstance r) {
        return byPrimary.getOrDefault(r, List.of());
    }

    /**
     * Whether resources may be placed on the node in this transition: it can run them,
     * and a remote or guest node's connection stays up.
     */
    boolean usable(ClusterNode node) {
        if (!node.canRunResources()) {
            return false;
        }
        if (!node.isRemote()) {
            return true;
        }
        return node.connection().map(c -> assigned.get(c) != null && nextRole(c).isActive()).orElse(true);
    }

    private static ResourceInstance topOf(ResourceInstance r) {
        ResourceInstance top = r;
        while (top.parent().isPresent()) {
            top = top.parent().get();
        }
        return top;
    }

    static int stickiness(ResourceInstance r) {
        String value = r.meta().get("resource-stickiness");
        if (value == null) {
            value = r.meta().get("stickiness");
        }
        if (value == null || value.equalsIgnoreCase("default")) {
            return r.isCloneInstance() ? 1 : 0;
        }
        return Score.parse(value);
    }

    static int priority(ResourceInstance r) {
        String value = r.meta().get("priority");
        return value == null ? 0 : Score.parse(value);
    }

    static boolean isTrue(String value) {
        return Values.isTrue(value);
    }

    void bumpCount(ClusterNode node) {
        assignedCount.merge(node, 1, Integer::sum);
    }

    int count(ClusterNode node) {
        return assignedCount.getOrDefault(node, 0);
    }

    Set<ResourceInstance> decidedSet() {
        return new HashSet<>(decided);
    }
}
